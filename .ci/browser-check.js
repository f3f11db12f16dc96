/* Appended by .ci/browser-check to a copy of the rendered page: measures what a reader sees in
   headless Chromium and writes the findings as JSON into <pre id="browser-check">, which the
   script reads back from chromium --dump-dom. */
(function () {
  'use strict';
  var result = {};
  var html = document.documentElement;
  result.htmlDirection = getComputedStyle(html).direction;
  result.texts = [];
  document.querySelectorAll('section.document .text').forEach(function (text) {
    var style = getComputedStyle(text);
    var box = text.getBoundingClientRect();
    var first = document.createRange();
    var walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
    var node = walker.nextNode();
    first.setStart(node, 0);
    first.setEnd(node, 1);
    var firstRect = first.getBoundingClientRect();
    result.texts.push({
      direction: style.direction,
      // In right-to-left text the first character sits at the right edge of the content box.
      firstCharGapToRightEdge: Math.round(box.right - parseFloat(style.paddingRight)
          - parseFloat(style.borderRightWidth) - firstRect.right),
      firstCharGapToLeftEdge: Math.round(firstRect.left - box.left - parseFloat(style.paddingLeft)
          - parseFloat(style.borderLeftWidth))
    });
  });
  // Marks on one line must appear right to left in text order; a mark on one line must be one box.
  var marks = Array.prototype.slice.call(document.querySelectorAll('.text .ent'));
  var orderViolations = [];
  var brokenMarks = [];
  var previous = null;
  marks.forEach(function (mark) {
    var rects = mark.getClientRects();
    var tops = {};
    for (var i = 0; i < rects.length; i++) {
      var top = Math.round(rects[i].top);
      if (tops[top]) {
        brokenMarks.push(mark.textContent);
      }
      tops[top] = true;
    }
    var rect = rects[0];
    if (previous && rects.length === 1 && previous.rects.length === 1
        && Math.abs(previous.rect.top - rect.top) < 2
        && previous.section === mark.closest('section')
        && !(previous.rect.left >= rect.right - 1)) {
      orderViolations.push(previous.text + ' | ' + mark.textContent);
    }
    previous = {rect: rect, rects: rects, text: mark.textContent, section: mark.closest('section')};
  });
  result.orderViolations = orderViolations;
  result.brokenMarks = brokenMarks;
  var timexes = document.querySelectorAll('.text .timex');
  timexes.forEach(function (mark) {
    var rects = mark.getClientRects();
    var tops = {};
    for (var i = 0; i < rects.length; i++) {
      var top = Math.round(rects[i].top);
      if (tops[top]) {
        brokenMarks.push(mark.textContent);
      }
      tops[top] = true;
    }
  });
  // Clicking the first event field highlights exactly its evidence.
  var field = document.querySelector('.event .field[data-begin]');
  if (field) {
    field.click();
    var text = field.closest('section').querySelector('.text').textContent;
    var expected = text.substring(Number(field.getAttribute('data-begin')), Number(field.getAttribute('data-end')));
    var highlight = CSS.highlights && CSS.highlights.get('hadath-evidence');
    var shown = null;
    if (highlight) {
      highlight.forEach(function (range) { shown = range.toString(); });
    }
    result.click = {expected: expected, highlighted: shown, pressed: field.getAttribute('aria-pressed')};
  }
  var pre = document.createElement('pre');
  pre.id = 'browser-check';
  pre.textContent = JSON.stringify(result);
  document.body.appendChild(pre);
})();
