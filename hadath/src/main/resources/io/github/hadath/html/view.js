/* Hadath HTML view: the script inlined into every page HtmlView writes.
   Source: written for Hadath; licence GPL-3.0-or-later, as the rest of Hadath.
   Clicking an event field shows where in the text it was read: the field's data-begin/data-end
   are UTF-16 offsets into the document text, which is exactly the text content of the section's
   .text element (the markup adds elements, never characters), so the offsets map to a DOM Range. */
(function () {
  'use strict';

  function rangeOf(container, begin, end) {
    var walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    var range = document.createRange();
    var position = 0;
    var started = false;
    var node;
    while ((node = walker.nextNode())) {
      var length = node.data.length;
      if (!started && begin <= position + length) {
        range.setStart(node, begin - position);
        started = true;
      }
      if (started && end <= position + length) {
        range.setEnd(node, end - position);
        return range;
      }
      position += length;
    }
    return null;
  }

  var highlights = typeof CSS !== 'undefined' && CSS.highlights && typeof Highlight === 'function';

  function choose(field) {
    var section = field.closest('.document');
    var text = section.querySelector('.text');
    var begin = Number(field.getAttribute('data-begin'));
    var end = Number(field.getAttribute('data-end'));
    var range = rangeOf(text, begin, end);
    if (!range) {
      return;
    }
    document.querySelectorAll('.field[aria-pressed="true"]').forEach(function (other) {
      other.setAttribute('aria-pressed', 'false');
    });
    document.querySelectorAll('.chosen').forEach(function (other) {
      other.classList.remove('chosen');
    });
    field.setAttribute('aria-pressed', 'true');
    text.querySelectorAll('[data-begin="' + begin + '"][data-end="' + end + '"]').forEach(function (mark) {
      mark.classList.add('chosen');
    });
    if (highlights) {
      CSS.highlights.set('hadath-evidence', new Highlight(range));
    } else {
      var selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
    }
    var anchor = range.startContainer.parentElement;
    if (anchor && anchor.scrollIntoView) {
      anchor.scrollIntoView({block: 'center', behavior: 'smooth'});
    }
  }

  document.addEventListener('click', function (event) {
    var field = event.target.closest ? event.target.closest('.field[data-begin]') : null;
    if (field) {
      choose(field);
    }
  });
})();
