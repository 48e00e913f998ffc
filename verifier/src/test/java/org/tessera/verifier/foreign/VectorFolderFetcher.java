package org.tessera.verifier.foreign;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.tessera.verifier.fetch.FetchResult;
import org.tessera.verifier.fetch.SafeFetcher;

/**
 * Serves {@code https://status.foreign.example/<vector>/<file>} from the vector folder (the status
 * lists the foreign issuers signed), as {@code application/vc+jwt}; every other URL fails, so the
 * suite never touches the network.
 */
final class VectorFolderFetcher implements SafeFetcher {

  static final String HOST = "status.foreign.example";

  private final Path root;

  VectorFolderFetcher(Path root) {
    this.root = root;
  }

  @Override
  public FetchResult fetch(URI url, String accept, int maxBytes) {
    if (!"https".equals(url.getScheme()) || !HOST.equals(url.getHost())) {
      return new FetchResult.Failed("not a vector URL");
    }
    Path file = root.resolve(url.getPath().substring(1)).normalize();
    if (!file.startsWith(root) || !Files.isRegularFile(file)) {
      return new FetchResult.Failed("no such vector file");
    }
    try {
      return new FetchResult.Ok(url, Files.readString(file).strip().getBytes(),
          Map.of("content-type", List.of("application/vc+jwt")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
