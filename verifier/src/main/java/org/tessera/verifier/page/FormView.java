package org.tessera.verifier.page;

import static org.tessera.shared.html.Html.escape;

import java.util.Optional;

/** {@code GET /}: paste, upload or scan a credential. */
final class FormView {

  private FormView() {}

  /**
   * @param errorKey message key of a problem with the previous submission
   * @param limits the sizes the upload hint states
   */
  static String render(Messages m, Lang lang, Optional<String> errorKey,
      UploadLimits limits) {
    String error = errorKey.map(key -> "<p class=\"error\" role=\"alert\" id=\"form-error\">"
        + escape(m.get(lang, key)) + "</p>\n").orElse("");
    String described = errorKey.isPresent() ? " aria-describedby=\"form-error\"" : "";
    String main = "<h1>" + escape(m.get(lang, "form.heading")) + "</h1>\n"
        + "<p>" + escape(m.get(lang, "form.intro")) + "</p>\n" + error
        + "<form class=\"verify\" method=\"post\" action=\"/" + lang.tag()
        + "/verify\" enctype=\"multipart/form-data\">\n"
        + "<label for=\"credential\">" + escape(m.get(lang, "form.paste")) + "</label>\n"
        + "<textarea id=\"credential\" name=\"credential\" rows=\"6\" spellcheck=\"false\""
        + " autocomplete=\"off\"" + described + "></textarea>\n"
        + "<label for=\"file\">" + escape(m.get(lang, "form.file")) + "</label>\n"
        + "<input id=\"file\" name=\"file\" type=\"file\""
        + " accept=\".jwt,.json,.txt,.png,.svg,.pdf,image/png,image/svg+xml,application/json,"
        + "application/pdf\""
        + " aria-describedby=\"file-hint\">\n"
        + "<p class=\"hint\" id=\"file-hint\">" + escape(m.get(lang, "form.file.hint",
            ByteSize.format(m, lang, limits.textBytes()),
            ByteSize.format(m, lang, limits.imageBytes()))) + "</p>\n"
        + "<div class=\"buttons\"><button type=\"submit\" id=\"verify\">"
        + escape(m.get(lang, "form.submit")) + "</button>\n"
        + "<button type=\"button\" id=\"scan\" class=\"secondary\" hidden data-stop=\""
        + escape(m.get(lang, "form.scan.stop")) + "\" data-failed=\""
        + escape(m.get(lang, "form.scan.failed")) + "\">" + escape(m.get(lang, "form.scan"))
        + "</button></div>\n"
        + "<div id=\"scanner\" hidden><p>" + escape(m.get(lang, "form.scan.help")) + "</p>"
        + "<video id=\"camera\" muted playsinline></video></div>\n"
        + "<p id=\"scan-status\" role=\"status\" aria-live=\"polite\"></p>\n"
        + "</form>\n"
        + "<p class=\"ask\"><a id=\"ask-start\" href=\"/" + lang.tag() + "/ask\">"
        + escape(m.get(lang, "form.ask")) + "</a></p>";
    return Layout.page(m, lang, m.get(lang, "form.heading"), "/", main);
  }
}
