package org.tessera.shared.did;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/** Base58 with the Bitcoin alphabet (multibase prefix {@code z}); inputs here are tens of bytes. */
final class Base58Btc {

  private static final char[] ALPHABET =
      "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz".toCharArray();
  private static final int[] INDEXES = indexes();

  private Base58Btc() {}

  private static int[] indexes() {
    int[] indexes = new int[128];
    Arrays.fill(indexes, -1);
    for (int i = 0; i < ALPHABET.length; i++) {
      indexes[ALPHABET[i]] = i;
    }
    return indexes;
  }

  static String encode(byte[] input) {
    int zeros = 0;
    while (zeros < input.length && input[zeros] == 0) {
      zeros++;
    }
    // Repeated division of the big-endian number by 58, digits collected least significant first.
    byte[] number = Arrays.copyOf(input, input.length);
    char[] digits = new char[input.length * 2];
    int out = digits.length;
    int start = zeros;
    while (start < number.length) {
      int remainder = 0;
      for (int i = start; i < number.length; i++) {
        int value = (remainder << 8) | (number[i] & 0xff);
        number[i] = (byte) (value / 58);
        remainder = value % 58;
      }
      digits[--out] = ALPHABET[remainder];
      while (start < number.length && number[start] == 0) {
        start++;
      }
    }
    StringBuilder result = new StringBuilder(zeros + digits.length - out);
    result.append("1".repeat(zeros));
    result.append(digits, out, digits.length - out);
    return result.toString();
  }

  /** @throws IllegalArgumentException for characters outside the alphabet */
  static byte[] decode(String input) {
    int zeros = 0;
    while (zeros < input.length() && input.charAt(zeros) == '1') {
      zeros++;
    }
    // Big-endian base-256 accumulator, multiplied by 58 per digit.
    byte[] number = new byte[input.length()];
    int length = 0;
    for (int i = zeros; i < input.length(); i++) {
      char c = input.charAt(i);
      int digit = c < 128 ? INDEXES[c] : -1;
      if (digit < 0) {
        throw new IllegalArgumentException("not base58btc");
      }
      int carry = digit;
      for (int j = 0; j < length; j++) {
        int k = number.length - 1 - j;
        int value = (number[k] & 0xff) * 58 + carry;
        number[k] = (byte) value;
        carry = value >>> 8;
      }
      while (carry > 0) {
        number[number.length - 1 - length] = (byte) carry;
        length++;
        carry >>>= 8;
      }
    }
    ByteArrayOutputStream result = new ByteArrayOutputStream(zeros + length);
    result.write(new byte[zeros], 0, zeros);
    result.write(number, number.length - length, length);
    return result.toByteArray();
  }
}
