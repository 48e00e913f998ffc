package org.tessera.verifier.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A POST over a plain socket, so a test controls the framing (Content-Length or chunked) and
 * still reads the status when the server answers before the body is sent and stops reading.
 */
final class RawHttp {

  private static final int CHUNK = 64 * 1024;

  private RawHttp() {}

  /** The response status; the body is sent chunked (no Content-Length) when asked. */
  static int post(int port, String path, String contentType, byte[] body, boolean chunked)
      throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(30_000);
      String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
          + "Content-Type: " + contentType + "\r\n"
          + (chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + body.length + "\r\n")
          + "\r\n";
      try {
        OutputStream out = socket.getOutputStream();
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        if (chunked) {
          writeChunked(out, body);
        } else {
          out.write(body);
        }
        out.flush();
      } catch (IOException refusedMidBody) {
        // The server answered and closed early: its response is still there to read.
      }
      return status(socket.getInputStream());
    }
  }

  private static void writeChunked(OutputStream out, byte[] body) throws IOException {
    for (int from = 0; from < body.length; from += CHUNK) {
      int length = Math.min(CHUNK, body.length - from);
      out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(body, from, length);
      out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
  }

  private static int status(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
      line.write(b);
    }
    String[] parts = line.toString(StandardCharsets.US_ASCII).split(" ");
    if (parts.length < 2) {
      throw new IOException("no HTTP status line");
    }
    return Integer.parseInt(parts[1]);
  }
}
