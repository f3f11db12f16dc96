package io.github.hadath.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LinkTest {

  @Test
  void onlyAnUnlistedPlaceHasNoId() {
    Link town = Link.unlistedPlace("تاغيت");

    assertThat(town.kind()).isEqualTo(Link.Kind.CITY);
    assertThat(town.id()).isNull();
    assertThat(town.countryCode()).isNull();
    assertThat(town.isListed()).isFalse();
    assertThat(new Link(Link.Kind.CITY, "2538475", "Rabat", "MA").isListed()).isTrue();
    assertThatThrownBy(() -> new Link(Link.Kind.COUNTRY, null, "Morocco", "MA"))
        .isInstanceOf(NullPointerException.class).hasMessage("id");
    assertThatThrownBy(() -> Link.unlistedPlace(null)).isInstanceOf(NullPointerException.class).hasMessage("name");
  }
}
