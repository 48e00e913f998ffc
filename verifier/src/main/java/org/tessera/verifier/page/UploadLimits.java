package org.tessera.verifier.page;

import org.tessera.verifier.VerifierConfig;
import org.tessera.verifier.checks.CredentialInput;

/**
 * The largest upload the page form takes, as its hint states it. The form posts
 * {@code multipart/form-data}, whose body the image limit bounds; the credential text inside
 * (pasted, or a .jwt/.json file) is then bounded by {@link CredentialInput#MAX_INPUT_CHARS}, and a
 * file of that many bytes never holds more characters.
 *
 * @param textBytes largest JWT or JSON credential
 * @param imageBytes largest baked PNG or SVG badge ({@code VERIFIER_MAX_IMAGE_BYTES})
 */
public record UploadLimits(long textBytes, long imageBytes) {

  public UploadLimits {
    if (textBytes <= 0 || imageBytes <= 0) {
      throw new IllegalArgumentException("upload limits must be positive");
    }
  }

  /** For a verifier whose images may be up to {@code imageBytes}. */
  public static UploadLimits forImages(long imageBytes) {
    return new UploadLimits(Math.min(CredentialInput.MAX_INPUT_CHARS, imageBytes), imageBytes);
  }

  static UploadLimits defaults() {
    return forImages(VerifierConfig.DEFAULT_MAX_IMAGE_BYTES);
  }
}
