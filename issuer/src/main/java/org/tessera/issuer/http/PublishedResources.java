package org.tessera.issuer.http;

import org.tessera.shared.integrity.SubresourceIntegrity;
import org.tessera.shared.jsonld.BundledFiles;

/**
 * The CMF context and schema from src-shared, read once at start-up and served as-is: the same
 * bytes the issuer's {@code relatedResource} digests are computed from (docs/decisions/0036).
 */
final class PublishedResources {

  static final String CMF_CONTEXT = "/org/tessera/shared/contexts/cmf-v1.jsonld";
  static final String CMF_SCHEMA = "/org/tessera/shared/schemas/cmf-v1.json";

  /** One served file: its bytes, media type and strong ETag (its SRI digest, quoted). */
  static final class Resource {
    private final byte[] bytes;
    private final String contentType;
    private final String etag;

    private Resource(byte[] bytes, String contentType) {
      this.bytes = bytes.clone();
      this.contentType = contentType;
      this.etag = '"' + SubresourceIntegrity.sha384(bytes) + '"';
    }

    byte[] bytes() {
      return bytes.clone();
    }

    String contentType() {
      return contentType;
    }

    String etag() {
      return etag;
    }
  }

  private final Resource cmfContext;
  private final Resource cmfSchema;

  private PublishedResources(Resource cmfContext, Resource cmfSchema) {
    this.cmfContext = cmfContext;
    this.cmfSchema = cmfSchema;
  }

  static PublishedResources load() {
    return new PublishedResources(
        new Resource(BundledFiles.read(CMF_CONTEXT), "application/ld+json"),
        new Resource(BundledFiles.read(CMF_SCHEMA), "application/schema+json"));
  }

  /** A resource of ours that is not a bundled file (e.g. the SD-JWT VC type metadata). */
  static Resource of(byte[] bytes, String contentType) {
    return new Resource(bytes, contentType);
  }

  Resource cmfContext() {
    return cmfContext;
  }

  Resource cmfSchema() {
    return cmfSchema;
  }
}
