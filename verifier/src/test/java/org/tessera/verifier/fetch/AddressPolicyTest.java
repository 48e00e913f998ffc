package org.tessera.verifier.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressPolicyTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "10.1.2.3", "192.168.0.10", "172.16.5.4", "172.31.255.255", "169.254.169.254", "127.0.0.1",
      "127.8.8.8", "0.0.0.0", "100.64.0.1", "224.0.0.1", "255.255.255.255", "240.0.0.1",
      "::1", "::", "fd00::1", "fc00::5", "fe80::1", "ff02::1", "::ffff:10.0.0.1",
      "::ffff:127.0.0.1", "::10.0.0.1", "64:ff9b::a00:1", "2002:a00:1::1", "fec0::1"})
  void isPublic_nonPublicAddress_false(String literal) throws UnknownHostException {
    assertThat(AddressPolicy.isPublic(InetAddress.getByName(literal))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "172.32.0.1", "2606:4700::1111",
      "::ffff:8.8.8.8", "2002:808:808::1"})
  void isPublic_publicAddress_true(String literal) throws UnknownHostException {
    assertThat(AddressPolicy.isPublic(InetAddress.getByName(literal))).isTrue();
  }
}
