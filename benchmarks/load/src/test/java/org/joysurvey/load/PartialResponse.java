package org.joysurvey.load;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JSF partial response ({@code <partial-response>}): the elements it updates by id, the new view
 * state, or the page it redirects to.
 */
record PartialResponse(Map<String, String> updates, String redirect, boolean error) {

  private static final Pattern UPDATE =
      Pattern.compile("<update id=\"([^\"]+)\"><!\\[CDATA\\[(.*?)\\]\\]></update>", Pattern.DOTALL);
  private static final Pattern REDIRECT = Pattern.compile("<redirect url=\"([^\"]+)\"");
  private static final String VIEW_STATE = "jakarta.faces.ViewState";

  static boolean isPartial(String body) {
    return body != null && body.contains("<partial-response");
  }

  static PartialResponse parse(String body) {
    Map<String, String> updates = new LinkedHashMap<>();
    Matcher m = UPDATE.matcher(body);
    while (m.find()) {
      updates.put(m.group(1), m.group(2));
    }
    Matcher r = REDIRECT.matcher(body);
    String redirect = r.find() ? FormHtml.unescape(r.group(1)) : null;
    return new PartialResponse(updates, redirect, body.contains("<error>"));
  }

  /** The new view state, or {@code null} when the response carries none. */
  String viewState() {
    for (Map.Entry<String, String> update : updates.entrySet()) {
      if (update.getKey().contains(VIEW_STATE)) {
        return update.getValue();
      }
    }
    return null;
  }
}
