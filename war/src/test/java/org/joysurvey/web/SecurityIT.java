package org.joysurvey.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.InputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Roles, users, the lock-out after failed logins and the audit log, through the REST API on a real
 * Payara Micro. Every test makes its own users (the database outlives a test class) and editions.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityIT {

  private static final String PASSWORD = "correct horse battery";

  @ArquillianResource private URL base;

  private ApiClient api;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("joy.test.war")));
  }

  @BeforeEach
  void client() {
    api = new ApiClient(base);
  }

  private static String uniqueName(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private long newEdition() {
    return api.createEdition(
        "{\"year\":2021,\"title\":\"Security IT "
            + UUID.randomUUID()
            + "\",\"instruments\":[\"mini-z\",\"org-improvement\"],\"status\":\"open\"}");
  }

  private ApiClient.Reply as(String user, String method, String path) {
    return api.send(method, path, user, PASSWORD, null, null);
  }

  private ApiClient.Reply as(
      String user, String method, String path, String contentType, String body) {
    return api.send(method, path, user, PASSWORD, contentType, body);
  }

  private static void assertRefused(int status, ApiClient.Reply reply, String what) {
    assertEquals(status, reply.status(), what + ": " + reply.body());
    JsonObject error = reply.json();
    assertTrue(
        error.containsKey("error") && error.get("details") instanceof JsonArray,
        what + " should answer the JSON error shape: " + reply.body());
  }

  @Test
  void everyResponseCarriesTheBrowserSideHeadersAndTheApiIsNeverCached() {
    for (String path : List.of("index.xhtml", "login.xhtml", "api/instruments")) {
      ApiClient.Reply reply = api.get(path, false);
      var headers = reply.headers();
      assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(null), path);
      assertEquals("no-referrer", headers.firstValue("Referrer-Policy").orElse(null), path);
      assertEquals(
          1,
          headers.allValues("Content-Security-Policy").size(),
          path + " carries one policy, never two for the browser to intersect: " + headers.map());
      assertTrue(headers.firstValue("Permissions-Policy").orElse("").contains("camera=()"), path);
    }
    for (String page : List.of("index.xhtml", "login.xhtml")) {
      String policy = api.get(page, false).headers().firstValue("Content-Security-Policy").get();
      assertTrue(
          policy.matches(".*script-src 'self' 'nonce-[A-Za-z0-9+/=]+';.*"),
          page + " runs this server's scripts and those with the page's nonce: " + policy);
      assertFalse(policy.contains("unsafe-eval"), policy);
      assertFalse(directive(policy, "script-src").contains("unsafe-inline"), policy);
      for (String d :
          List.of(
              "default-src 'self'",
              "object-src 'none'",
              "base-uri 'self'",
              "form-action 'self'",
              "frame-ancestors 'self'",
              "style-src-elem 'self'")) {
        assertEquals(d, directive(policy, d.substring(0, d.indexOf(' '))), page + ": " + policy);
      }
    }
    assertEquals(
        "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
        api.get("api/instruments", false)
            .headers()
            .firstValue("Content-Security-Policy")
            .orElse(null),
        "the API's JSON loads, runs and frames nothing");
    for (String path : List.of("api/instruments", "index.xhtml", "login.xhtml", "survey.xhtml")) {
      assertEquals(
          "no-store",
          api.get(path, false).headers().firstValue("Cache-Control").orElse(null),
          path + " must not be kept in a browser's or proxy's cache");
    }
    ApiClient.Reply style = api.get("resources/css/joy.css", false);
    assertEquals(200, style.status(), "the style sheet is there");
    assertFalse(
        style.headers().firstValue("Cache-Control").orElse("").contains("no-store"),
        "static resources may be cached");
  }

  /** The directive of that name in a policy, as written there; empty if it has none. */
  private static String directive(String policy, String name) {
    return Arrays.stream(policy.split(";"))
        .map(String::strip)
        .filter(d -> d.equals(name) || d.startsWith(name + " "))
        .findFirst()
        .orElse("");
  }

  @Test
  void theSessionCookieIsHttpOnlyAndSameSiteLaxAndNotSecureOverPlainHttp() {
    ApiClient.Reply login = api.get("login.xhtml", false);
    String cookie =
        login.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("JSESSIONID="))
            .findFirst()
            .orElseThrow(
                () -> new AssertionError("the login page starts a session: " + login.headers()));
    List<String> attributes =
        Arrays.stream(cookie.split(";")).map(a -> a.strip().toLowerCase(Locale.ROOT)).toList();
    assertTrue(attributes.contains("httponly"), cookie);
    assertTrue(attributes.contains("samesite=lax"), cookie);
    assertFalse(
        attributes.contains("secure"),
        "over plain HTTP the cookie cannot be Secure (behind TLS it is): " + cookie);
    assertFalse(
        login.headers().firstValue("Strict-Transport-Security").isPresent(), "no HSTS over HTTP");
  }

  @Test
  void aCrossSiteFormCannotReachTheApiWhateverItPostsTo() {
    long id = newEdition();
    String[][] forms = {
      {"application/x-www-form-urlencoded", "mini-z.burnout=3"},
      {
        "multipart/form-data; boundary=x",
        "--x\r\nContent-Disposition: form-data; name=a\r\n\r\n3\r\n--x--"
      },
      {"text/plain", "mini-z.burnout\n3\n"},
      {"text/plain; charset=UTF-8", "{\"roles\":[\"admin\"]}"}
    };
    List<String[]> targets =
        List.of(
            new String[] {"POST", "api/admin/editions/" + id + "/responses/import"},
            new String[] {"POST", "api/admin/editions/" + id + "/responses"},
            new String[] {"POST", "api/admin/editions"},
            new String[] {"POST", "api/admin/editions/" + id + "/invitations/send"},
            new String[] {"POST", "api/admin/editions/" + id + "/publications"},
            new String[] {"PUT", "api/admin/users/admin/roles"});
    for (String[] form : forms) {
      for (String[] target : targets) {
        String what = form[0] + " to " + target[0] + " " + target[1];
        ApiClient.Reply reply =
            api.send(target[0], target[1], "admin", ApiClient.ADMIN_PASSWORD, form[0], form[1]);
        assertRefused(415, reply, what);
        assertTrue(reply.json().getString("error").contains("application/json"), reply.body());
      }
    }
    ApiClient.Reply crossSite =
        api.sendWithHeader(
            "POST",
            "api/admin/editions/" + id + "/responses",
            "application/json",
            "[{\"mini-z.burnout\":2}]",
            "Sec-Fetch-Site",
            "cross-site");
    assertRefused(403, crossSite, "a request the browser marks as from another site");
    assertEquals(
        0,
        api.get("api/admin/editions/" + id, true).json().getInt("responses"),
        "nothing may be stored");
    ApiClient.Reply sameOrigin =
        api.sendWithHeader(
            "POST",
            "api/admin/editions/" + id + "/responses",
            "application/json",
            "[{\"mini-z.burnout\":2}]",
            "Sec-Fetch-Site",
            "same-origin");
    assertEquals(200, sameOrigin.status(), "the application's own origin: " + sameOrigin.body());
  }

  @Test
  void aBodyAnnouncedLargerThanTheLimitIsRefusedWith413BeforeItIsRead() throws Exception {
    long id = newEdition();
    long justOver = (512L << 20) + 1; // the default limit, 512 MiB, and one byte
    String credentials =
        Base64.getEncoder()
            .encodeToString(("admin:" + ApiClient.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    String head =
        "POST "
            + base.getPath()
            + "api/admin/editions/"
            + id
            + "/responses/import HTTP/1.1\r\nHost: "
            + base.getHost()
            + "\r\nAuthorization: Basic "
            + credentials
            + "\r\nContent-Type: text/csv\r\nContent-Length: "
            + justOver
            + "\r\nConnection: close\r\n\r\nmini-z.burnout\n3\n";
    String answer;
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(60_000);
      socket.getOutputStream().write(head.getBytes(StandardCharsets.UTF_8));
      socket.getOutputStream().flush();
      // the reply comes while the other 512 MiB are still unsent; read up to the end of its JSON
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream text = new ByteArrayOutputStream();
      byte[] buffer = new byte[4096];
      for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
        text.write(buffer, 0, n);
        if (text.toString(StandardCharsets.UTF_8).contains("\"details\":[]}")) {
          break;
        }
      }
      answer = text.toString(StandardCharsets.UTF_8);
    }
    assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
    assertTrue(
        answer.contains(
            "The request body is larger than the 512 MiB this server accepts (joy.max.request.body)"),
        answer);
    assertEquals(0, api.get("api/admin/editions/" + id, true).json().getInt("responses"));
  }

  @Test
  void designerCreatesEditionsAndAddsResponsesButReadsNoReportsAndManagesNoUsers() {
    String designer = uniqueName("designer");
    api.createUser(designer, PASSWORD, "designer");

    ApiClient.Reply created =
        as(
            designer,
            "POST",
            "api/admin/editions",
            "application/json",
            "{\"year\":2021,\"title\":\"By a designer "
                + UUID.randomUUID()
                + "\",\"instruments\":[\"mini-z\"]}");
    assertEquals(201, created.status(), created.body());
    long id = created.json().getJsonNumber("id").longValue();
    assertEquals(200, as(designer, "GET", "api/admin/editions").status());
    assertEquals(200, as(designer, "GET", "api/admin/editions/" + id).status());
    ApiClient.Reply added =
        as(
            designer,
            "POST",
            "api/admin/editions/" + id + "/responses",
            "application/json",
            "[{\"mini-z.burnout\":2}]");
    assertEquals(200, added.status(), added.body());
    ApiClient.Reply imported =
        as(
            designer,
            "POST",
            "api/admin/editions/" + id + "/responses/import",
            "text/csv",
            "mini-z.burnout\n3\n4\n");
    assertEquals(200, imported.status(), imported.body());
    assertEquals(3, api.get("api/admin/editions/" + id, true).json().getInt("responses"));

    ApiClient.Reply report = as(designer, "GET", "api/admin/editions/" + id + "/report");
    assertRefused(403, report, "a designer's report");
    assertTrue(report.json().getString("error").contains(designer), report.body());
    assertTrue(report.json().getString("error").contains("admin or analyst"), report.body());
    assertRefused(
        403,
        as(designer, "GET", "api/admin/editions/" + id + "/responses/export"),
        "a designer's export");
    assertRefused(403, as(designer, "GET", "api/admin/users"), "a designer's user list");
    assertRefused(
        403,
        as(
            designer,
            "POST",
            "api/admin/users",
            "application/json",
            "{\"username\":\""
                + uniqueName("sneaky")
                + "\",\"password\":\""
                + PASSWORD
                + "\",\"roles\":[\"admin\"]}"),
        "a designer creating a user");
    assertRefused(
        403,
        as(
            designer,
            "PUT",
            "api/admin/users/" + designer + "/roles",
            "application/json",
            "{\"roles\":[\"admin\"]}"),
        "a designer making itself admin");
    assertRefused(403, as(designer, "GET", "api/admin/audit"), "a designer's audit log");
  }

  @Test
  void analystReadsReportsAndExportsButChangesNothing() {
    String analyst = uniqueName("analyst");
    api.createUser(analyst, PASSWORD, "analyst");
    long id = newEdition();
    api.post(
        "api/admin/editions/" + id + "/responses/import",
        "text/csv",
        "mini-z.burnout\n1\n2\n3\n4\n5\n");

    ApiClient.Reply report = as(analyst, "GET", "api/admin/editions/" + id + "/report");
    assertEquals(200, report.status(), report.body());
    assertEquals(5, report.json().getInt("responses"));
    ApiClient.Reply export = as(analyst, "GET", "api/admin/editions/" + id + "/responses/export");
    assertEquals(200, export.status(), export.body());
    assertTrue(export.body().startsWith("_submitted_on,mini-z.burnout"), export.body());
    assertEquals(200, as(analyst, "GET", "api/admin/editions").status());
    assertEquals(200, as(analyst, "GET", "api/admin/editions/" + id).status());

    assertRefused(
        403,
        as(
            analyst,
            "POST",
            "api/admin/editions",
            "application/json",
            "{\"year\":2021,\"title\":\"By an analyst\",\"instruments\":[\"mini-z\"]}"),
        "an analyst creating an edition");
    assertRefused(
        403,
        as(
            analyst,
            "POST",
            "api/admin/editions/" + id + "/responses/import",
            "text/csv",
            "mini-z.burnout\n3\n"),
        "an analyst's import");
    assertRefused(
        403,
        as(
            analyst,
            "POST",
            "api/admin/editions/" + id + "/responses",
            "application/json",
            "{\"mini-z.burnout\":3}"),
        "an analyst adding JSON");
    assertRefused(403, as(analyst, "GET", "api/admin/users"), "an analyst's user list");
    assertRefused(403, as(analyst, "GET", "api/admin/audit"), "an analyst's audit log");
    assertEquals(
        5,
        api.get("api/admin/editions/" + id, true).json().getInt("responses"),
        "nothing the analyst sent may be stored");
  }

  @Test
  void anonymousCallersAreRefusedEverywhereUnderAdmin() {
    long id = newEdition();
    List<String[]> calls =
        List.of(
            new String[] {"GET", "api/admin/editions"},
            new String[] {"POST", "api/admin/editions"},
            new String[] {"GET", "api/admin/editions/" + id},
            new String[] {"POST", "api/admin/editions/" + id + "/responses"},
            new String[] {"POST", "api/admin/editions/" + id + "/responses/import"},
            new String[] {"GET", "api/admin/editions/" + id + "/responses/export"},
            new String[] {"GET", "api/admin/editions/" + id + "/report"},
            new String[] {"GET", "api/admin/users"},
            new String[] {"POST", "api/admin/users"},
            new String[] {"PUT", "api/admin/users/admin/password"},
            new String[] {"PUT", "api/admin/users/admin/roles"},
            new String[] {"GET", "api/admin/audit"});
    for (String[] call : calls) {
      String contentType = call[1].endsWith("import") ? "text/csv" : "application/json";
      String body =
          call[0].equals("GET")
              ? null
              : (contentType.equals("text/csv") ? "mini-z.burnout\n3\n" : "{}");
      ApiClient.Reply reply = api.send(call[0], call[1], null, null, contentType, body);
      assertRefused(401, reply, "anonymous " + call[0] + " " + call[1]);
      assertTrue(
          reply.json().getString("error").startsWith("Authentication required"), reply.body());
      assertEquals(
          "Basic realm=\"Joy Survey\"",
          reply.headers().firstValue("WWW-Authenticate").orElse(null),
          call[0] + " " + call[1]);
    }
    assertEquals(0, api.get("api/admin/editions/" + id, true).json().getInt("responses"));
  }

  @Test
  void adminCreatesAUserWhoCanLogInAndTheListShowsNoPasswordHash() {
    String name = uniqueName("carol");
    ApiClient.Reply created =
        api.post(
            "api/admin/users",
            "application/json",
            "{\"username\":\""
                + name
                + "\",\"password\":\""
                + PASSWORD
                + "\",\"roles\":[\"analyst\",\"designer\"]}");
    assertEquals(201, created.status(), created.body());
    assertTrue(
        created.headers().firstValue("Location").orElse("").endsWith("/api/admin/users/" + name));
    assertEquals(List.of("designer", "analyst"), roles(created.json()));

    ApiClient.Reply list = api.get("api/admin/users", true);
    assertEquals(200, list.status(), list.body());
    JsonObject carol =
        list.structure().asJsonArray().stream()
            .map(JsonValue::asJsonObject)
            .filter(u -> u.getString("username").equals(name))
            .findFirst()
            .orElseThrow(() -> new AssertionError("the new user should be listed: " + list.body()));
    assertEquals(List.of("designer", "analyst"), roles(carol));
    assertTrue(list.body().contains("\"username\":\"admin\""), list.body());
    assertFalse(
        list.body().contains("PBKDF2")
            || list.body().toLowerCase().contains("hash")
            || list.body().contains("password"),
        "no hash or password may be listed: " + list.body());

    assertEquals(
        200, as(name, "GET", "api/admin/editions").status(), "the new user can log in at once");
    assertEquals(401, api.getAs("api/admin/editions", name, "not the password").status());
  }

  @Test
  void creatingAUserReportsEveryProblemAndRefusesDuplicates() {
    ApiClient.Reply bad =
        api.post(
            "api/admin/users",
            "application/json",
            "{\"username\":\"Not Valid\",\"password\":\"short\",\"roles\":[\"root\"],"
                + "\"email\":\"x@example.org\"}");
    assertRefused(400, bad, "a bad user");
    String details = bad.json().getJsonArray("details").toString();
    assertTrue(details.contains("\"column\":\"email\""), details);
    bad =
        api.post(
            "api/admin/users",
            "application/json",
            "{\"username\":\"Not Valid\",\"password\":\"short\",\"roles\":[\"root\"]}");
    details = bad.json().getJsonArray("details").toString();
    assertTrue(details.contains("\"column\":\"username\""), details);
    assertTrue(details.contains("at least 12 characters, has 5"), details);
    assertTrue(details.contains("'root' is not one of admin, designer, analyst"), details);
    assertRefused(
        400,
        api.post(
            "api/admin/users",
            "application/json",
            "{\"username\":\""
                + uniqueName("dave")
                + "\",\"password\":\""
                + PASSWORD
                + "\",\"roles\":[]}"),
        "a user without roles");

    String name = uniqueName("erin");
    api.createUser(name, PASSWORD, "analyst");
    ApiClient.Reply duplicate =
        api.post(
            "api/admin/users",
            "application/json",
            "{\"username\":\""
                + name
                + "\",\"password\":\"another password\",\"roles\":[\"admin\"]}");
    assertRefused(409, duplicate, "a second user of the same name");
    assertTrue(
        duplicate.body().contains("a user named " + name + " already exists"), duplicate.body());
    assertEquals(
        200, as(name, "GET", "api/admin/editions").status(), "the first user keeps its password");
    assertRefused(403, as(name, "GET", "api/admin/users"), "the first user keeps its roles");
  }

  @Test
  void rolesCanChangeButTheBuiltInAdminKeepsAdmin() {
    ApiClient.Reply demote =
        api.send(
            "PUT",
            "api/admin/users/admin/roles",
            "admin",
            ApiClient.ADMIN_PASSWORD,
            "application/json",
            "{\"roles\":[\"analyst\"]}");
    assertRefused(400, demote, "taking admin from the built-in admin");
    assertTrue(demote.body().contains("always keeps the role admin"), demote.body());
    assertEquals(200, api.get("api/admin/users", true).status(), "admin is still admin");

    String name = uniqueName("frank");
    api.createUser(name, PASSWORD, "analyst");
    assertRefused(
        403, as(name, "POST", "api/admin/editions", "application/json", "{}"), "an analyst");
    ApiClient.Reply changed =
        api.send(
            "PUT",
            "api/admin/users/" + name + "/roles",
            "admin",
            ApiClient.ADMIN_PASSWORD,
            "application/json",
            "{\"roles\":[\"designer\"]}");
    assertEquals(200, changed.status(), changed.body());
    assertEquals(List.of("designer"), roles(changed.json()));
    assertEquals(
        400,
        as(name, "POST", "api/admin/editions", "application/json", "{}").status(),
        "now a designer: the empty edition is refused for its content, not for the role");
    assertRefused(
        404,
        api.send(
            "PUT",
            "api/admin/users/nobody-" + UUID.randomUUID().toString().substring(0, 8) + "/roles",
            "admin",
            ApiClient.ADMIN_PASSWORD,
            "application/json",
            "{\"roles\":[\"analyst\"]}"),
        "no such user");
  }

  @Test
  void passwordResetReplacesTheOldPassword() {
    String name = uniqueName("grace");
    api.createUser(name, PASSWORD, "analyst");
    ApiClient.Reply tooShort = resetPassword(name, "short");
    assertRefused(400, tooShort, "a short new password");
    assertEquals(
        200, as(name, "GET", "api/admin/editions").status(), "a refused reset changes nothing");

    ApiClient.Reply reset = resetPassword(name, "a brand new passphrase");
    assertEquals(204, reset.status(), reset.body());
    assertEquals(
        401, as(name, "GET", "api/admin/editions").status(), "the old password no longer works");
    assertEquals(200, api.getAs("api/admin/editions", name, "a brand new passphrase").status());
    assertRefused(
        404,
        resetPassword(
            "nobody-" + UUID.randomUUID().toString().substring(0, 8), "a brand new passphrase"),
        "no such user");
  }

  @Test
  void fiveFailedLoginsLockTheUserNameEvenForTheRightPassword() {
    String name = uniqueName("heidi");
    api.createUser(name, PASSWORD, "analyst");
    for (int i = 1; i <= 4; i++) {
      ApiClient.Reply wrong = api.getAs("api/admin/editions", name, "wrong password " + i);
      assertRefused(401, wrong, "wrong password " + i);
      assertTrue(
          wrong.json().getString("error").contains("user name or password is wrong"), wrong.body());
    }
    assertEquals(200, as(name, "GET", "api/admin/editions").status(), "four failures do not lock");
    for (int i = 1; i <= 4; i++) {
      assertEquals(401, api.getAs("api/admin/editions", name, "wrong again " + i).status());
    }
    assertEquals(
        200, as(name, "GET", "api/admin/editions").status(), "the good login reset the count");

    for (int i = 1; i <= 5; i++) {
      assertEquals(401, api.getAs("api/admin/editions", name, "wrong once more " + i).status());
    }
    Instant before = Instant.now();
    ApiClient.Reply locked = as(name, "GET", "api/admin/editions");
    assertRefused(401, locked, "the right password while locked");
    String error = locked.json().getString("error");
    assertTrue(error.contains("too many failed attempts; try again after "), error);
    Instant until = Instant.parse(error.substring(error.indexOf("after ") + 6, error.length() - 1));
    assertTrue(
        until.isAfter(before.plusSeconds(30)) && until.isBefore(before.plusSeconds(90)),
        "a one-minute lock, ending " + until);
    assertTrue(locked.headers().firstValue("WWW-Authenticate").isPresent());
    long retryAfter = Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow());
    assertTrue(retryAfter > 0 && retryAfter <= 60, "Retry-After " + retryAfter);

    JsonObject listed =
        api.get("api/admin/users", true).structure().asJsonArray().stream()
            .map(JsonValue::asJsonObject)
            .filter(u -> u.getString("username").equals(name))
            .findFirst()
            .orElseThrow();
    assertEquals(5, listed.getInt("failedLogins"), listed.toString());
    assertFalse(listed.isNull("lockedUntil"), listed.toString());
    assertEquals(200, api.get("api/admin/editions", true).status(), "another user is not affected");

    assertEquals(204, resetPassword(name, "unlocked passphrase").status());
    assertEquals(
        200,
        api.getAs("api/admin/editions", name, "unlocked passphrase").status(),
        "an admin's password reset lifts the lock");
    JsonArray audit = api.get("api/admin/audit?limit=1000", true).structure().asJsonArray();
    assertTrue(
        audit.stream()
            .map(JsonValue::asJsonObject)
            .anyMatch(
                e ->
                    e.getString("action").equals("user.locked")
                        && e.getString("subject").equals("user/" + name)),
        "the lock-out is in the audit log");
  }

  @Test
  void auditLogNamesWhoDidWhatNewestFirstAndHoldsNoAnswers() {
    String designer = uniqueName("ivan");
    String analyst = uniqueName("judy");
    api.createUser(designer, PASSWORD, "designer");
    api.createUser(analyst, PASSWORD, "analyst");
    String secret = "confidential-" + UUID.randomUUID();
    ApiClient.Reply created =
        as(
            designer,
            "POST",
            "api/admin/editions",
            "application/json",
            "{\"year\":2021,\"title\":\"Audited "
                + UUID.randomUUID()
                + "\",\"instruments\":[\"mini-z\",\"org-improvement\"]}");
    assertEquals(201, created.status(), created.body());
    long id = created.json().getJsonNumber("id").longValue();
    ApiClient.Reply added =
        as(
            designer,
            "POST",
            "api/admin/editions/" + id + "/responses",
            "application/json",
            "[{\"mini-z.burnout\":4,\"org-improvement.worklife_top3\":[\"other\"],"
                + "\"org-improvement.worklife_other\":\""
                + secret
                + " json\"}]");
    assertEquals(200, added.status(), added.body());
    ApiClient.Reply imported =
        as(
            designer,
            "POST",
            "api/admin/editions/" + id + "/responses/import",
            "text/csv",
            "mini-z.burnout,org-improvement.worklife_top3,org-improvement.worklife_other\n5,other,"
                + secret
                + " csv\n2,,\n");
    assertEquals(200, imported.status(), imported.body());
    ApiClient.Reply export = as(analyst, "GET", "api/admin/editions/" + id + "/responses/export");
    assertTrue(export.body().contains(secret), "the export itself holds the answers");
    String reset = uniqueName("kim");
    api.createUser(reset, PASSWORD, "analyst");
    assertEquals(204, resetPassword(reset, "another long passphrase").status());

    ApiClient.Reply reply = api.get("api/admin/audit?limit=50", true);
    assertEquals(200, reply.status(), reply.body());
    assertFalse(
        reply.body().contains(secret), "no answer may reach the audit log: " + reply.body());
    assertFalse(
        reply.body().contains(PASSWORD) || reply.body().contains("another long passphrase"),
        "no password may reach the audit log");
    List<JsonObject> entries = reply.structure().asJsonArray().getValuesAs(JsonObject.class);
    String edition = "edition/" + id;
    assertEntry(entries, "admin", "user.create", "user/" + designer, "roles designer");
    assertEntry(entries, designer, "edition.create", edition, "instruments mini-z,org-improvement");
    assertEntry(entries, designer, "responses.add", edition, "stored 1 from JSON");
    assertEntry(entries, designer, "responses.import", edition, "stored 2 from CSV");
    assertEntry(entries, analyst, "responses.export", edition, "CSV of 3 responses");
    assertEntry(entries, "admin", "user.password-reset", "user/" + reset, null);
    for (int i = 1; i < entries.size(); i++) {
      Instant newer = Instant.parse(entries.get(i - 1).getString("occurredAt"));
      Instant older = Instant.parse(entries.get(i).getString("occurredAt"));
      assertFalse(
          newer.isBefore(older),
          "newest first: " + entries.get(i - 1) + " before " + entries.get(i));
    }
    assertEquals(
        "user.password-reset", entries.get(0).getString("action"), "the latest action comes first");

    assertEquals(1, api.get("api/admin/audit?limit=1", true).structure().asJsonArray().size());
    assertRefused(400, api.get("api/admin/audit?limit=0", true), "limit 0");
    assertRefused(400, api.get("api/admin/audit?limit=many", true), "limit 'many'");
  }

  private ApiClient.Reply resetPassword(String user, String password) {
    return api.send(
        "PUT",
        "api/admin/users/" + user + "/password",
        "admin",
        ApiClient.ADMIN_PASSWORD,
        "application/json",
        "{\"password\":\"" + password + "\"}");
  }

  private static void assertEntry(
      List<JsonObject> entries, String actor, String action, String subject, String detailPart) {
    JsonObject entry =
        entries.stream()
            .filter(
                e ->
                    e.getString("action").equals(action)
                        && subject.equals(e.getString("subject", null)))
            .findFirst()
            .orElseThrow(
                () -> new AssertionError("no " + action + " of " + subject + " in " + entries));
    assertEquals(actor, entry.getString("actor"), entry.toString());
    assertNotNull(Instant.parse(entry.getString("occurredAt")));
    if (detailPart != null) {
      assertTrue(entry.getString("detail").contains(detailPart), entry.toString());
    }
  }

  private static List<String> roles(JsonObject user) {
    return user.getJsonArray("roles")
        .getValuesAs((JsonValue v) -> ((jakarta.json.JsonString) v).getString());
  }
}
