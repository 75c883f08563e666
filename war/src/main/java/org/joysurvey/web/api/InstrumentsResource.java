package org.joysurvey.web.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.joysurvey.plugins.FailedPlugin;
import org.joysurvey.plugins.InstrumentRegistry;
import org.joysurvey.plugins.LoadedInstrument;
import org.joysurvey.spi.Instrument;
import org.joysurvey.spi.Item;
import org.joysurvey.spi.Option;
import org.joysurvey.spi.SettingDefinition;

/**
 * {@code GET /api/instruments}: what is installed, item by item, and which plugins failed and why.
 */
@Path("instruments")
@Produces(MediaType.APPLICATION_JSON)
public class InstrumentsResource {

  @Inject private InstrumentRegistry registry;

  @GET
  public JsonObject list() {
    JsonArrayBuilder installed = Json.createArrayBuilder();
    for (LoadedInstrument loaded : registry.installed()) {
      installed.add(describe(loaded));
    }
    JsonArrayBuilder failed = Json.createArrayBuilder();
    for (FailedPlugin f : registry.failed()) {
      JsonObjectBuilder o =
          Json.createObjectBuilder()
              .add("provider", f.provider())
              .add("source", f.source())
              .add("reason", f.reason());
      if (f.id() != null) {
        o.add("id", f.id());
      } else {
        o.addNull("id");
      }
      failed.add(o);
    }
    return Json.createObjectBuilder().add("instruments", installed).add("failed", failed).build();
  }

  private static JsonObjectBuilder describe(LoadedInstrument loaded) {
    Instrument instrument = loaded.instrument();
    var m = instrument.metadata();
    JsonArrayBuilder items = Json.createArrayBuilder();
    for (Item item : instrument.items()) {
      JsonObjectBuilder o =
          Json.createObjectBuilder()
              .add("code", m.id() + "." + item.code())
              .add("type", item.type().code())
              .add("text", item.text())
              .add("required", item.required());
      if (item.type().hasOptions()) {
        JsonArrayBuilder options = Json.createArrayBuilder();
        for (Option option : item.options()) {
          JsonObjectBuilder opt =
              Json.createObjectBuilder().add("code", option.code()).add("label", option.label());
          if (option.exclusive()) {
            opt.add("exclusive", true);
          }
          options.add(opt);
        }
        o.add("options", options);
      }
      switch (item.type()) {
        case RANKED -> o.add("maxChoices", item.maxChoices());
        case TEXT -> o.add("maxLength", item.maxLength());
        case NUMBER -> {
          if (item.min() != null) {
            o.add("min", item.min());
          }
          if (item.max() != null) {
            o.add("max", item.max());
          }
        }
        default -> {}
      }
      if (item.shownIf() != null) {
        JsonArrayBuilder anyOf = Json.createArrayBuilder();
        item.shownIf().anyOf().stream().sorted().forEach(anyOf::add);
        o.add(
            "shownIf",
            Json.createObjectBuilder()
                .add("item", m.id() + "." + item.shownIf().item())
                .add("anyOf", anyOf));
      }
      items.add(o);
    }
    JsonArrayBuilder settings = Json.createArrayBuilder();
    for (SettingDefinition s : instrument.settings()) {
      JsonObjectBuilder o =
          Json.createObjectBuilder()
              .add("key", m.id() + "." + s.key())
              .add("type", s.type().name().toLowerCase())
              .add("label", s.label())
              .add("description", s.description());
      if (s.defaultValue() != null) {
        o.add("default", s.defaultValue());
      }
      if (s.min() != null) {
        o.add("min", s.min());
      }
      if (s.max() != null) {
        o.add("max", s.max());
      }
      settings.add(o);
    }
    return Json.createObjectBuilder()
        .add("id", m.id())
        .add("version", m.version())
        .add("title", m.title())
        .add("description", m.description())
        .add("licence", m.licence())
        .add("source", loaded.source())
        .add("items", items)
        .add("settings", settings);
  }
}
