package org.tessera.issuer.institutions;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The institutions of a deployment: the default one, served at the root of the base URL, and
 * any further ones, served under {@code /institutions/<id>}.
 */
public final class Institutions {

  private final Institution root;
  private final Map<String, Institution> byId;

  public Institutions(Institution root, List<Institution> others) {
    this.root = Objects.requireNonNull(root, "root");
    if (!root.scope().isDefault()) {
      throw new IllegalArgumentException("the root institution must be the default one");
    }
    Map<String, Institution> map = new LinkedHashMap<>();
    map.put(root.id(), root);
    for (Institution other : others) {
      if (map.putIfAbsent(other.id(), other) != null) {
        throw new IllegalArgumentException("institution listed twice: " + other.id());
      }
    }
    this.byId = Collections.unmodifiableMap(map);
  }

  /** The default institution. */
  public Institution root() {
    return root;
  }

  /** The institution with this id (the default one included), if the deployment serves it. */
  public Optional<Institution> find(String id) {
    return Optional.ofNullable(id).map(byId::get);
  }

  /** Every institution, the default one first. */
  public List<Institution> all() {
    return new ArrayList<>(byId.values());
  }
}
