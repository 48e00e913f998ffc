package org.tessera.shared.model;

import java.util.regex.Pattern;

/**
 * A W3C Bitstring Status List entry. {@code statusListIndex} is a string of decimal digits, as
 * the specification requires; {@link #index()} gives it as a number.
 */
public record StatusEntry(
    String id,
    String type,
    String statusPurpose,
    String statusListIndex,
    String statusListCredential) {

  public static final String TYPE = "BitstringStatusListEntry";

  private static final Pattern DIGITS = Pattern.compile("0|[1-9][0-9]{0,9}");

  public StatusEntry {
    Checks.uri(id, "id");
    Checks.constant(type, TYPE, "type");
    Checks.text(statusPurpose, "statusPurpose");
    Checks.text(statusListIndex, "statusListIndex");
    if (!DIGITS.matcher(statusListIndex).matches()
        || Long.parseLong(statusListIndex) > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("statusListIndex: must be a non-negative integer string");
    }
    Checks.uri(statusListCredential, "statusListCredential");
  }

  /** The entry for bit {@code index} of list {@code listUrl}; its id is {@code listUrl#index}. */
  public static StatusEntry of(String statusPurpose, String listUrl, int index) {
    if (index < 0) {
      throw new IllegalArgumentException("statusListIndex: must not be negative");
    }
    return new StatusEntry(listUrl + "#" + index, TYPE, statusPurpose, Integer.toString(index),
        listUrl);
  }

  public int index() {
    return Integer.parseInt(statusListIndex);
  }
}
