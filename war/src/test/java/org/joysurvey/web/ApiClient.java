package org.joysurvey.web;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A small HTTP client for the integration tests: the API as an outside caller sees it. */
public final class ApiClient {

  public static final String ADMIN_PASSWORD = "it-admin-secret";

  private final HttpClient http = HttpClient.newHttpClient();
  private final URI base;
  private final String adminPassword;

  public ApiClient(URL base) {
    this(base, ADMIN_PASSWORD);
  }

  /** A client whose admin calls use {@code adminPassword} (a server started with another one). */
  public ApiClient(URL base, String adminPassword) {
    this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
    this.adminPassword = adminPassword;
  }

  public record Reply(int status, String body, java.net.http.HttpHeaders headers) {
    public JsonObject json() {
      return (JsonObject) structure();
    }

    public JsonStructure structure() {
      try (var reader = Json.createReader(new StringReader(body))) {
        return reader.read();
      }
    }
  }

  /** The edition's responses as the admin exports them (interchange CSV): a row each, by column. */
  public java.util.List<java.util.Map<String, String>> exportedRows(long editionId)
      throws java.io.IOException {
    String export = get("api/admin/editions/" + editionId + "/responses/export", true).body();
    return org.apache.commons.csv.CSVFormat.RFC4180
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .get()
        .parse(new StringReader(export))
        .getRecords()
        .stream()
        .map(org.apache.commons.csv.CSVRecord::toMap)
        .toList();
  }

  public Reply get(String path, boolean asAdmin) {
    return send(request(path, asAdmin ? "admin" : null, adminPassword).GET());
  }

  /** A binary answer (a PDF): its status, type and bytes. */
  public record Bytes(int status, String type, byte[] body) {}

  /** GET as the given user ({@code null} for none), the body as bytes. */
  public Bytes bytes(String path, String user, String password) {
    try {
      java.net.http.HttpResponse<byte[]> response =
          http.send(
              request(path, user, password).GET().build(),
              java.net.http.HttpResponse.BodyHandlers.ofByteArray());
      return new Bytes(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public Reply getAs(String path, String user, String password) {
    return send(request(path, user, password).GET());
  }

  public Reply post(String path, String contentType, String body) {
    return send(
        request(path, "admin", adminPassword)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
  }

  public Reply put(String path, String json) {
    return send(
        request(path, "admin", adminPassword)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
  }

  public Reply postAnonymous(String path, String contentType, String body) {
    return send(
        request(path, null, null)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
  }

  /** Any call, as the given user ({@code null} for none), with an optional body. */
  Reply send(
      String method, String path, String user, String password, String contentType, String body) {
    HttpRequest.Builder builder = request(path, user, password);
    if (body == null) {
      builder.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      builder
          .header("Content-Type", contentType)
          .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }
    return send(builder);
  }

  /** A call as admin with a body and one more request header. */
  Reply sendWithHeader(
      String method, String path, String contentType, String body, String header, String value) {
    return send(
        request(path, "admin", adminPassword)
            .header(header, value)
            .header("Content-Type", contentType)
            .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
  }

  /** Creates a user as admin; the reply must be 201. */
  public void createUser(String username, String password, String... roles) {
    StringBuilder json =
        new StringBuilder(
            "{\"username\":\"" + username + "\",\"password\":\"" + password + "\",\"roles\":[");
    for (int i = 0; i < roles.length; i++) {
      json.append(i == 0 ? "" : ",").append('"').append(roles[i]).append('"');
    }
    Reply reply = post("api/admin/users", "application/json", json.append("]}").toString());
    if (reply.status() != 201) {
      throw new AssertionError(
          "creating a user should answer 201, got " + reply.status() + ": " + reply.body());
    }
  }

  /** The bytes of a download as the admin (an export file); the reply must be 200. */
  public byte[] download(String path) throws java.io.IOException, InterruptedException {
    java.net.http.HttpResponse<byte[]> reply =
        http.send(
            request(path, "admin", adminPassword).GET().build(),
            java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    if (reply.statusCode() != 200) {
      throw new AssertionError(path + " should answer 200, got " + reply.statusCode());
    }
    return reply.body();
  }

  /** Creates an edition and returns its id. */
  public long createEdition(String json) {
    Reply reply = post("api/admin/editions", "application/json", json);
    if (reply.status() != 201) {
      throw new AssertionError(
          "creating an edition should answer 201, got " + reply.status() + ": " + reply.body());
    }
    return reply.json().getJsonNumber("id").longValue();
  }

  /**
   * Lets respondents reach the edition through its one public link (the default is invitations).
   */
  public void useOpenLink(long editionId) {
    Reply reply =
        put("api/admin/editions/" + editionId + "/access-mode", "{\"accessMode\":\"open-link\"}");
    if (reply.status() != 200) {
      throw new AssertionError(
          "choosing the open link should answer 200, got " + reply.status() + ": " + reply.body());
    }
  }

  /** Creates an edition answered through its public link and returns its id. */
  public long createOpenLinkEdition(String json) {
    long id = createEdition(json);
    useOpenLink(id);
    return id;
  }

  private HttpRequest.Builder request(String path, String user, String password) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path));
    if (user != null) {
      String token =
          Base64.getEncoder()
              .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
      builder.header("Authorization", "Basic " + token);
    }
    return builder;
  }

  private Reply send(HttpRequest.Builder builder) {
    try {
      HttpResponse<String> response =
          http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Reply(response.statusCode(), response.body(), response.headers());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
