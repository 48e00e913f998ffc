package org.tessera.verifier.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;

/**
 * Which resolved addresses an outbound fetch may connect to: public unicast only. Refuses
 * unspecified, loopback, private (RFC 1918), carrier-grade NAT, link-local, multicast,
 * reserved/benchmark IPv4 ranges and IPv6 unique-local, and looks inside IPv6 addresses that
 * embed an IPv4 address (IPv4-compatible, NAT64 {@code 64:ff9b::/96}, 6to4 {@code 2002::/16}).
 */
final class AddressPolicy {

  private AddressPolicy() {}

  /** True when the address is a public unicast address. */
  static boolean isPublic(InetAddress address) {
    if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
        || address.isSiteLocalAddress() || address.isMulticastAddress()) {
      return false;
    }
    if (address instanceof Inet4Address) {
      return isPublicV4(address.getAddress());
    }
    if (address instanceof Inet6Address) {
      return isPublicV6(address.getAddress());
    }
    return false;
  }

  private static boolean isPublicV4(byte[] b) {
    int a0 = b[0] & 0xff;
    int a1 = b[1] & 0xff;
    int a2 = b[2] & 0xff;
    if (a0 == 0 || a0 == 10 || a0 == 127) {
      return false; // "this network", private, loopback
    }
    if (a0 == 100 && a1 >= 64 && a1 <= 127) {
      return false; // carrier-grade NAT 100.64.0.0/10
    }
    if (a0 == 169 && a1 == 254) {
      return false; // link-local, cloud metadata endpoints
    }
    if (a0 == 172 && a1 >= 16 && a1 <= 31) {
      return false;
    }
    if (a0 == 192 && (a1 == 168 || (a1 == 0 && a2 == 0) || (a1 == 0 && a2 == 2))) {
      return false; // private, IETF protocol assignments, TEST-NET-1
    }
    if (a0 == 198 && (a1 == 18 || a1 == 19)) {
      return false; // benchmarking
    }
    if ((a0 == 198 && a1 == 51 && a2 == 100) || (a0 == 203 && a1 == 0 && a2 == 113)) {
      return false; // TEST-NET-2 and -3
    }
    return a0 < 224; // multicast 224/4 and reserved 240/4 (incl. broadcast)
  }

  private static boolean isPublicV6(byte[] b) {
    int first = b[0] & 0xff;
    if ((first & 0xfe) == 0xfc) {
      return false; // unique local fc00::/7
    }
    if (first == 0xfe && (b[1] & 0xc0) == 0xc0) {
      return false; // deprecated site-local fec0::/10
    }
    Optional<byte[]> embedded = embeddedV4(b);
    if (embedded.isPresent()) {
      return isPublicEmbedded(embedded.get());
    }
    if (isZeroPrefix(b, 15)) {
      return false; // ::, ::1 and IPv4-compatible forms not caught above
    }
    return true;
  }

  private static boolean isPublicEmbedded(byte[] v4) {
    try {
      return isPublic(InetAddress.getByAddress(v4));
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /** The IPv4 address inside an IPv4-mapped, IPv4-compatible, NAT64 or 6to4 IPv6 address. */
  private static Optional<byte[]> embeddedV4(byte[] b) {
    boolean mapped = isZeroPrefix(b, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    boolean compatible = isZeroPrefix(b, 12) && !isZeroPrefix(b, 16)
        && !(isZeroPrefix(b, 15) && b[15] == 1);
    boolean nat64 = (b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff
        && (b[3] & 0xff) == 0x9b && isZeroRange(b, 4, 12);
    if (mapped || compatible || nat64) {
      return Optional.of(Arrays.copyOfRange(b, 12, 16));
    }
    if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
      return Optional.of(Arrays.copyOfRange(b, 2, 6)); // 6to4
    }
    return Optional.empty();
  }

  private static boolean isZeroPrefix(byte[] b, int length) {
    return isZeroRange(b, 0, length);
  }

  private static boolean isZeroRange(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return true;
  }
}
