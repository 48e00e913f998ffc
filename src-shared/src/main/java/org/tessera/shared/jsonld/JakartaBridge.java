package org.tessera.shared.jsonld;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.util.Map;

/** Converts Jackson trees to jakarta.json values; used only at the titanium edge. */
final class JakartaBridge {

  private final JsonProvider provider = JsonProvider.provider();

  JsonValue toJakarta(JsonNode node) {
    switch (node.getNodeType()) {
      case OBJECT:
        JsonObjectBuilder object = provider.createObjectBuilder();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
          object.add(field.getKey(), toJakarta(field.getValue()));
        }
        return object.build();
      case ARRAY:
        JsonArrayBuilder array = provider.createArrayBuilder();
        for (JsonNode element : node) {
          array.add(toJakarta(element));
        }
        return array.build();
      case STRING:
        return provider.createValue(node.textValue());
      case NUMBER:
        if (node.isIntegralNumber()) {
          return node.canConvertToLong()
              ? provider.createValue(node.longValue())
              : provider.createValue(node.bigIntegerValue());
        }
        return provider.createValue(node.decimalValue());
      case BOOLEAN:
        return node.booleanValue() ? JsonValue.TRUE : JsonValue.FALSE;
      case NULL:
        return JsonValue.NULL;
      default:
        throw new IllegalArgumentException("not a JSON value: " + node.getNodeType());
    }
  }
}
