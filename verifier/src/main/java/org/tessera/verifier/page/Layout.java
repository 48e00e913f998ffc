package org.tessera.verifier.page;

import static org.tessera.shared.html.Html.escape;

/**
 * The frame of every page: {@code lang}, landmarks, skip link, language switch, one stylesheet
 * and one script served by this verifier (no CDN, no inline script: the CSP forbids both).
 */
final class Layout {

  private Layout() {}

  /**
   * @param here the current path without language prefix (for the language links); only paths
   *     that carry no personal data are passed here
   * @param main the page body, already escaped
   */
  static String page(Messages m, Lang lang, String title, String here, String main) {
    StringBuilder switcher = new StringBuilder();
    for (Lang other : Lang.values()) {
      String name = switch (other) {
        case EN -> "English";
        case DE -> "Deutsch";
        case NL -> "Nederlands";
        case FR -> "Français";
        case ES -> "Español";
        case IT -> "Italiano";
        case PL -> "Polski";
      };
      switcher.append("<li><a href=\"/").append(other.tag()).append(escape(here)).append("\" hreflang=\"")
          .append(other.tag()).append("\" lang=\"").append(other.tag()).append('"')
          .append(other == lang ? " aria-current=\"true\"" : "").append('>').append(name)
          .append("</a></li>");
    }
    return "<!DOCTYPE html>\n<html lang=\"" + lang.tag() + "\">\n<head>\n"
        + "<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<meta name=\"referrer\" content=\"no-referrer\">\n"
        + "<title>" + escape(title) + " – " + escape(m.get(lang, "app.title")) + "</title>\n"
        + "<link rel=\"icon\" href=\"data:,\">\n"
        + "<link rel=\"stylesheet\" href=\"/assets/page.css\">\n"
        + "<script src=\"/assets/page.js\" defer></script>\n"
        + "</head>\n<body>\n"
        + "<a class=\"skip\" href=\"#main\">" + escape(m.get(lang, "app.skip")) + "</a>\n"
        + "<header class=\"top\"><p class=\"brand\"><a href=\"/" + lang.tag() + "/\">"
        + escape(m.get(lang, "app.title")) + "</a></p>\n"
        + "<nav aria-label=\"" + escape(m.get(lang, "app.language")) + "\"><ul class=\"langs\">"
        + switcher + "</ul></nav></header>\n"
        + "<main id=\"main\" tabindex=\"-1\">\n" + main + "\n</main>\n"
        + "<footer class=\"foot\"><p>" + escape(m.get(lang, "app.footer")) + "</p></footer>\n"
        + "</body>\n</html>\n";
  }
}
