package org.tessera.verifier.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tessera.verifier.http.PageTestSupport.body;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.tessera.kit.testkit.JavalinTest;
import org.tessera.shared.badge.BakedBadges;
import org.tessera.verifier.VerifierConfig;

/**
 * Baked badges larger than the 1 MiB request limit verify through every image route, up to the
 * image limit; every other body, and any body past its limit (declared or chunked), is a 413.
 */
class BodyLimitsTest extends PageAppTestBase {

  private static final int MIB = 1024 * 1024;
  private static final String BOUNDARY = "limits-test-boundary";

  /** A real 8x8 PNG padded with a 1.5 MiB ancillary chunk, then baked. */
  private byte[] bigBakedPng() throws IOException {
    byte[] baked = BakedBadges.bakePng(padded(PageRoutesTest.png(), 3 * MIB / 2),
        fixture.sign(fixture.credential()));
    assertThat(baked.length).isGreaterThan(VerifierConfig.DEFAULT_MAX_REQUEST_BYTES);
    return baked;
  }

  @Test
  void bigBakedPng_verifiesThroughEveryImageRoute() throws IOException {
    byte[] png = bigBakedPng();
    JavalinTest.test(app(), (server, client) -> {
      Response raw = client.request("/credentials/verify",
          b -> b.post(RequestBody.create(png, MediaType.get("image/png"))));
      Response upload = client.request("/credentials/verify", b -> b.post(upload(png)));
      Response page = client.request("/verify", b -> b.post(upload(png)));
      Response pageDe = client.request("/de/verify", b -> b.post(upload(png)));
      int chunked = RawHttp.post(server.port(), "/credentials/verify", "image/png", png, true);

      assertThat(raw.code()).isEqualTo(200);
      assertThat(body(raw)).contains("\"verified\":true");
      assertThat(upload.code()).isEqualTo(200);
      assertThat(body(upload)).contains("\"verified\":true");
      assertThat(body(page)).contains("data-verdict=\"valid\"");
      assertThat(body(pageDe)).contains("data-verdict=\"valid\"");
      assertThat(chunked).isEqualTo(200);
    });
  }

  @Test
  void sameSizeOnOtherRoutesOrTypes_413() throws IOException {
    int size = bigBakedPng().length;
    byte[] json = ("{\"verifiableCredential\":\"" + "a".repeat(size) + "\"}")
        .getBytes(StandardCharsets.UTF_8);
    byte[] form = ("credential=" + "a".repeat(size)).getBytes(StandardCharsets.US_ASCII);
    byte[] multipart = multipart(new byte[size]);
    String multipartType = "multipart/form-data; boundary=" + BOUNDARY;
    JavalinTest.test(app(), (server, client) -> {
      int port = server.port();
      for (boolean chunked : new boolean[] {false, true}) {
        assertThat(RawHttp.post(port, "/credentials/verify", "application/json", json, chunked))
            .as("JSON to the verify API, chunked=%s", chunked).isEqualTo(413);
        assertThat(RawHttp.post(port, "/receipts", "application/json", json, chunked))
            .as("receipts, chunked=%s", chunked).isEqualTo(413);
        assertThat(RawHttp.post(port, "/shares", "application/json", json, chunked))
            .as("shares, chunked=%s", chunked).isEqualTo(413);
        assertThat(RawHttp.post(port, "/shares", multipartType, multipart, chunked))
            .as("multipart shares, chunked=%s", chunked).isEqualTo(413);
        assertThat(RawHttp.post(port, "/receipts", "image/png", bigBakedPng(), chunked))
            .as("image type to a non-image route, chunked=%s", chunked).isEqualTo(413);
        assertThat(RawHttp.post(port, "/verify", "application/x-www-form-urlencoded", form,
            chunked)).as("pasted page form, chunked=%s", chunked).isEqualTo(413);
      }
    });
  }

  @Test
  void imageOverImageLimit_413DeclaredOrChunked() throws IOException {
    byte[] png = Arrays.copyOf(bigBakedPng(), VerifierConfig.DEFAULT_MAX_IMAGE_BYTES + 1);
    byte[] multipart = multipart(png);
    String multipartType = "multipart/form-data; boundary=" + BOUNDARY;
    JavalinTest.test(app(), (server, client) -> {
      int port = server.port();
      for (boolean chunked : new boolean[] {false, true}) {
        assertThat(RawHttp.post(port, "/credentials/verify", "image/png", png, chunked))
            .as("raw image, chunked=%s", chunked).isEqualTo(413);
        assertThat(RawHttp.post(port, "/credentials/verify", multipartType, multipart, chunked))
            .as("API upload, chunked=%s", chunked).isEqualTo(413);
        assertThat(RawHttp.post(port, "/verify", multipartType, multipart, chunked))
            .as("page upload, chunked=%s", chunked).isEqualTo(413);
      }
    });
  }

  private static MultipartBody upload(byte[] png) {
    return new MultipartBody.Builder().setType(MultipartBody.FORM)
        .addFormDataPart("file", "badge.png", RequestBody.create(png, MediaType.get("image/png")))
        .build();
  }

  private static byte[] multipart(byte[] file) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\";"
        + " filename=\"badge.png\"\r\nContent-Type: image/png\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(file);
    out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  /** The PNG with an ancillary {@code zzPd} chunk of {@code size} bytes before {@code IEND}. */
  private static byte[] padded(byte[] png, int size) {
    byte[] type = "zzPd".getBytes(StandardCharsets.US_ASCII);
    byte[] data = new byte[size];
    CRC32 crc = new CRC32();
    crc.update(type);
    crc.update(data);
    int iend = png.length - 12;
    ByteBuffer out = ByteBuffer.allocate(png.length + 12 + size);
    out.put(png, 0, iend).putInt(size).put(type).put(data).putInt((int) crc.getValue())
        .put(png, iend, 12);
    return out.array();
  }
}
