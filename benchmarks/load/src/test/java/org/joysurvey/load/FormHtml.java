package org.joysurvey.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The respondent form read from its HTML as a browser would see it: the blocks of the current page
 * (one per item), their inputs grouped by name, the hidden fields, the buttons and the ajax
 * behaviours PrimeFaces attached to them. Nothing here knows an instrument: the fields are found by
 * their HTML alone, so the load test keeps working when the instruments change.
 *
 * <p>The markup it relies on is the form's own (survey-form.xhtml): each item in a {@code <div
 * id="survey:items:N:block">}, the buttons after {@code <div class="page-buttons">}.
 */
final class FormHtml {

  private static final Pattern TAG = Pattern.compile("<(input|button|textarea)\\b([^>]*)>");
  private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:.-]+)=\"([^\"]*)\"");
  private static final Pattern TEXTAREA =
      Pattern.compile("<textarea\\b([^>]*)>(.*?)</textarea>", Pattern.DOTALL);
  private static final Pattern BLOCK_START = Pattern.compile("<div id=\"([^\"]*:block)\"");
  private static final Pattern ELEMENT_WITH_CLASS =
      Pattern.compile("<[a-zA-Z]+ id=\"([^\"]+)\" class=\"([^\"]*)\"");
  private static final Pattern BEHAVIOUR_PART =
      Pattern.compile("\\b([spue]):(?:\"([^\"]*)\"|this)");
  private static final Pattern PROGRESS = Pattern.compile("Page (\\d+) of (\\d+)");
  private static final Pattern RESUME_CODE =
      Pattern.compile("id=\"resume-code\">\\s*([A-Z0-9-]+)\\s*<");
  private static final String BUTTONS = "<div class=\"page-buttons\">";

  /** An ajax request PrimeFaces would send: its source, event, what it executes and renders. */
  record Behaviour(String source, String event, String execute, String update) {}

  /** The inputs of one name: radios, checkboxes, a text area or a text input. */
  static final class Field {
    final String name;
    final String kind;
    final List<String> options = new ArrayList<>();
    final List<String> disabled = new ArrayList<>();
    final List<String> checked = new ArrayList<>();
    String text = "";
    Behaviour behaviour;

    Field(String name, String kind) {
      this.name = name;
      this.kind = kind;
    }

    boolean choice() {
      return kind.equals("radio") || kind.equals("checkbox");
    }
  }

  /**
   * One item's block: its id, style classes, fields, and whether it is required or shows an error.
   */
  record Block(
      String id,
      String classes,
      List<Field> fields,
      boolean required,
      boolean error,
      String errorText) {}

  private static final Pattern ITEM_ERROR = Pattern.compile("class=\"item-error\">([^<]*)<");

  /** The form's HTML: a prefix, then one segment per block, then the buttons. */
  private final String prefix;

  private final List<String> segments;
  private final String suffix;

  private FormHtml(String prefix, List<String> segments, String suffix) {
    this.prefix = prefix;
    this.segments = segments;
    this.suffix = suffix;
  }

  /** The {@code <form id="survey">} of a full page or of a partial response's update. */
  static FormHtml of(String formHtml) {
    int buttons = formHtml.indexOf(BUTTONS);
    int end = buttons < 0 ? formHtml.length() : buttons;
    Matcher m = BLOCK_START.matcher(formHtml);
    List<Integer> starts = new ArrayList<>();
    while (m.find() && m.start() < end) {
      starts.add(m.start());
    }
    if (starts.isEmpty()) {
      return new FormHtml(formHtml.substring(0, end), new ArrayList<>(), formHtml.substring(end));
    }
    List<String> segments = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      int to = i + 1 < starts.size() ? starts.get(i + 1) : end;
      segments.add(formHtml.substring(starts.get(i), to));
    }
    return new FormHtml(formHtml.substring(0, starts.get(0)), segments, formHtml.substring(end));
  }

  /** The survey form cut out of a full page, or {@code null} when the page has none. */
  static String surveyForm(String page) {
    return formById(page, "survey");
  }

  static String formById(String page, String id) {
    int start = page.indexOf("<form id=\"" + id + "\"");
    if (start < 0) {
      return null;
    }
    int end = page.indexOf("</form>", start);
    return page.substring(start, end < 0 ? page.length() : end + "</form>".length());
  }

  /** This form with one block replaced by a partial response's new rendering of it. */
  FormHtml withBlock(String blockId, String html) {
    List<String> replaced = new ArrayList<>(segments);
    for (int i = 0; i < replaced.size(); i++) {
      if (replaced.get(i).startsWith("<div id=\"" + blockId + "\"")) {
        replaced.set(i, html + "\n");
      }
    }
    return new FormHtml(prefix, replaced, suffix);
  }

  String html() {
    return prefix + String.join("", segments) + suffix;
  }

  List<Block> blocks() {
    List<Block> blocks = new ArrayList<>();
    for (String segment : segments) {
      Matcher head = ELEMENT_WITH_CLASS.matcher(segment);
      String id = "";
      String classes = "";
      if (head.lookingAt()) {
        id = head.group(1);
        classes = head.group(2);
      }
      blocks.add(
          new Block(
              id,
              classes,
              new ArrayList<>(fields(segment).values()),
              segment.contains("required-mark"),
              segment.contains("class=\"item-error\""),
              errorText(segment)));
    }
    return blocks;
  }

  private static String errorText(String segment) {
    Matcher m = ITEM_ERROR.matcher(segment);
    return m.find() ? m.group(1).strip() : "";
  }

  /** The hidden inputs of the form (the view state aside), as the browser posts them. */
  List<Map.Entry<String, String>> hidden() {
    List<Map.Entry<String, String>> hidden = new ArrayList<>();
    for (Map<String, String> tag : tags(prefix + suffix, "input")) {
      String name = tag.get("name");
      if ("hidden".equals(tag.get("type"))
          && name != null
          && !name.equals("jakarta.faces.ViewState")) {
        hidden.add(Map.entry(name, tag.getOrDefault("value", "")));
      }
    }
    return hidden;
  }

  /** The ajax behaviour of a button by the end of its id ({@code next}, {@code back} ...). */
  Behaviour button(String idSuffix) {
    for (Map<String, String> tag : tags(suffix, "button")) {
      String id = tag.getOrDefault("id", "");
      if (id.endsWith(":" + idSuffix) && tag.containsKey("onclick")) {
        return behaviour(tag.get("onclick"), id);
      }
    }
    return null;
  }

  /** The view state the form carries in a full page ({@code stateless} on a first page). */
  static String viewState(String formHtml) {
    for (Map<String, String> tag : tags(formHtml, "input")) {
      if ("jakarta.faces.ViewState".equals(tag.get("name"))) {
        return tag.get("value");
      }
    }
    return null;
  }

  /**
   * The names of a form's inputs of one type ({@code text}), or of its buttons ({@code submit}).
   */
  static List<String> namesOf(String formHtml, String type) {
    List<String> names = new ArrayList<>();
    String element = type.equals("submit") ? "button" : "input";
    for (Map<String, String> tag : tags(formHtml, element)) {
      if (type.equals(tag.getOrDefault("type", element.equals("button") ? "submit" : "text"))
          && tag.containsKey("name")) {
        names.add(tag.get("name"));
      }
    }
    return names;
  }

  /** "Page 3 of 9": 3, or 0 when the form shows no progress. */
  int pageNumber() {
    Matcher m = PROGRESS.matcher(prefix);
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }

  int pageCount() {
    Matcher m = PROGRESS.matcher(prefix);
    return m.find() ? Integer.parseInt(m.group(2)) : 0;
  }

  /** The review page: the answers listed, with the button that submits them. */
  boolean review() {
    return button("submit") != null;
  }

  String resumeCode() {
    Matcher m = RESUME_CODE.matcher(prefix);
    return m.find() ? m.group(1) : null;
  }

  boolean welcomeBack() {
    return prefix.contains("id=\"welcome-back\"");
  }

  /** Error messages at items or at the top of the form. */
  boolean hasErrors() {
    return html().contains("class=\"item-error\"") || prefix.contains("message-error");
  }

  /**
   * The ids that a PrimeFaces update expression names: ids as they are, {@code @(.class)} resolved
   * as jQuery would, against this form and the rest of the page.
   */
  String resolve(String update, String page) {
    List<String> ids = new ArrayList<>();
    for (String part : update.split("[,\\s]+")) {
      if (part.startsWith("@(.") && part.endsWith(")")) {
        String cls = part.substring(3, part.length() - 1);
        for (String html : List.of(html(), page == null ? "" : page)) {
          Matcher m = ELEMENT_WITH_CLASS.matcher(html);
          while (m.find()) {
            if (List.of(m.group(2).split("\\s+")).contains(cls) && !ids.contains(m.group(1))) {
              ids.add(m.group(1));
            }
          }
        }
      } else if (part.equals("@form")) {
        ids.add("survey");
      } else if (!part.isEmpty() && !ids.contains(part)) {
        ids.add(part);
      }
    }
    return String.join(" ", ids);
  }

  private static Map<String, Field> fields(String segment) {
    Map<String, Field> fields = new LinkedHashMap<>();
    for (Map<String, String> tag : tags(segment, "input")) {
      String type = tag.getOrDefault("type", "text");
      String name = tag.get("name");
      if (name == null || type.equals("hidden") || type.equals("button")) {
        continue;
      }
      Field field = fields.computeIfAbsent(name, n -> new Field(n, type));
      String value = tag.getOrDefault("value", "");
      if (field.choice()) {
        field.options.add(value);
        if (tag.containsKey("checked")) {
          field.checked.add(value);
        }
        if (tag.containsKey("disabled")) {
          field.disabled.add(value);
        }
      } else {
        field.text = value;
      }
      String script = tag.getOrDefault("onchange", tag.get("onclick"));
      if (script != null && script.contains("PrimeFaces.ab(")) {
        field.behaviour = behaviour(script, name);
      }
    }
    Matcher m = TEXTAREA.matcher(segment);
    while (m.find()) {
      Map<String, String> attributes = attributes(m.group(1));
      Field field = new Field(attributes.get("name"), "textarea");
      field.text = unescape(m.group(2));
      fields.put(field.name, field);
    }
    return fields;
  }

  private static Behaviour behaviour(String script, String element) {
    Map<Character, String> parts = new LinkedHashMap<>();
    Matcher m = BEHAVIOUR_PART.matcher(unescape(script));
    while (m.find()) {
      parts.putIfAbsent(m.group(1).charAt(0), m.group(2));
    }
    String execute = parts.getOrDefault('p', element);
    // "s:this" is the input itself; PrimeFaces then names the component it belongs to
    String source = parts.get('s') == null ? execute : parts.get('s');
    return new Behaviour(source, parts.get('e'), execute, parts.getOrDefault('u', ""));
  }

  private static List<Map<String, String>> tags(String html, String element) {
    List<Map<String, String>> tags = new ArrayList<>();
    Matcher m = TAG.matcher(html);
    while (m.find()) {
      if (m.group(1).equals(element)) {
        tags.add(attributes(m.group(2)));
      }
    }
    return tags;
  }

  private static Map<String, String> attributes(String text) {
    Map<String, String> attributes = new LinkedHashMap<>();
    Matcher m = ATTRIBUTE.matcher(text);
    while (m.find()) {
      attributes.put(m.group(1), unescape(m.group(2)));
    }
    // boolean attributes written bare
    for (String bare : List.of("checked", "disabled")) {
      if (text.matches("(?s).*\\s" + bare + "(\\s.*|/?)$") || text.contains(" " + bare + " ")) {
        attributes.putIfAbsent(bare, bare);
      }
    }
    return attributes;
  }

  static String unescape(String text) {
    return text.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
  }
}
