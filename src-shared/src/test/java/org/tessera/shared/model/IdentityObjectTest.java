package org.tessera.shared.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class IdentityObjectTest {

  // printf '%s' 'ana@example.orgq7Vt2mXc9Lp' | sha256sum
  private static final String ANA_HASH =
      "sha256$64d3ba07a1cdc3e08b0b9f879616cdeb6210d7c67343cdffb8efdde9d14d12c6";

  @Test
  void hashedEmail_knownVector_matchesSha256sum() {
    IdentityObject identity = IdentityObject.hashedEmail("ana@example.org", "q7Vt2mXc9Lp");

    assertThat(identity.identityType()).isEqualTo("emailAddress");
    assertThat(identity.hashed()).isTrue();
    assertThat(identity.identityHash()).isEqualTo(ANA_HASH);
    assertThat(identity.salt()).contains("q7Vt2mXc9Lp");
  }

  @Test
  void hashedEmail_mixedCaseAndSpaces_normalisedBeforeHashing() {
    assertThat(IdentityObject.hashedEmail("  Ana@Example.ORG ", "q7Vt2mXc9Lp").identityHash())
        .isEqualTo(ANA_HASH);
  }

  @Test
  void hashedEmail_blankSalt_rejected() {
    assertThatThrownBy(() -> IdentityObject.hashedEmail("ana@example.org", " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("salt:");
  }

  @Test
  void matchesEmail_sameAddressAnyCase_true() {
    IdentityObject identity = IdentityObject.hashedEmail("ana@example.org", "q7Vt2mXc9Lp");

    assertThat(identity.matchesEmail("ANA@example.org")).isTrue();
    assertThat(identity.matchesEmail("bob@example.org")).isFalse();
    assertThat(identity.matchesEmail(null)).isFalse();
  }

  @Test
  void matchesEmail_obSpecificationVector_true() {
    // OB 3.0 IdentityHash: sha256 of 'a@example.com' salted with 'Kosher'.
    IdentityObject identity = new IdentityObject("emailAddress", true,
        "sha256$b5809d8a92f8858436d7e6b87c12ebc0ae1eac4baecc2c0b913aee2c922ef399",
        Optional.of("Kosher"));

    assertThat(identity.matchesEmail("a@example.com")).isTrue();
  }

  @Test
  void matchesEmail_uppercaseHexAndUnsaltedMd5_matched() {
    // printf '%s' 'a@example.com' | md5sum
    IdentityObject md5 = new IdentityObject("emailAddress", true,
        "md5$b418773a2c51fb9777a1648346fa7394", Optional.empty());
    IdentityObject upper = new IdentityObject("emailAddress", true,
        "SHA256$B5809D8A92F8858436D7E6B87C12EBC0AE1EAC4BAECC2C0B913AEE2C922EF399",
        Optional.of("Kosher"));

    assertThat(md5.matchesEmail("a@example.com")).isTrue();
    assertThat(upper.matchesEmail("a@example.com")).isTrue();
  }

  @Test
  void matchesEmail_unknownAlgorithm_false() {
    IdentityObject identity = new IdentityObject("emailAddress", true, "sha1$abc",
        Optional.empty());

    assertThat(identity.matchesEmail("a@example.com")).isFalse();
  }

  @Test
  void matchesEmail_plainIdentity_comparedNormalised() {
    IdentityObject plain = new IdentityObject("emailAddress", false, "A@Example.com",
        Optional.empty());

    assertThat(plain.matchesEmail(" a@example.com")).isTrue();
    assertThat(IdentityObject.name("a@example.com").matchesEmail("a@example.com")).isFalse();
  }

  @Test
  void name_fullName_plainNameIdentity() {
    IdentityObject name = IdentityObject.name(" Ana Example ");

    assertThat(name.identityType()).isEqualTo("name");
    assertThat(name.hashed()).isFalse();
    assertThat(name.identityHash()).isEqualTo("Ana Example");
    assertThat(name.salt()).isEmpty();
  }
}
