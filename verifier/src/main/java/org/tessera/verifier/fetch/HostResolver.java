package org.tessera.verifier.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** Name resolution, injectable so tests can make a public-looking name resolve anywhere. */
@FunctionalInterface
public interface HostResolver {

  List<InetAddress> resolve(String host) throws UnknownHostException;

  /** The JVM resolver (whose positive cache the HTTP client then reuses). */
  static HostResolver system() {
    return host -> List.of(InetAddress.getAllByName(host));
  }
}
