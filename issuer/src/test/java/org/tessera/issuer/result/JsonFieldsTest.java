package org.tessera.issuer.result;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tessera.shared.json.Json;

class JsonFieldsTest {

  @Test
  void objects_mixedItems_readsTheGoodOnesAndNamesEachBadOne() {
    JsonNode array = Json.parseUntrusted("""
        [{"a": "x"}, 5, {"a": "y", "b": 1}, {}]
        """).orElseThrow();
    JsonFields f = new JsonFields();

    List<String> read = f.objects(array, "p", "list", "must be an object with a",
        Set.of("a"), (item, at) -> f.text(item, at, "a", true, 10));

    assertThat(read).containsExactly("x", "y");
    assertThat(f.errors()).containsExactly(
        new FieldError("p.list[1]", "must be an object with a"),
        new FieldError("p.list[2].b", "unknown field"),
        new FieldError("p.list[3].a", "is required"));
  }
}
