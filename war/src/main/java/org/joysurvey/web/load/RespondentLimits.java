package org.joysurvey.web.load;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How much of the instance respondents may take at once, and how long an idle respondent's session
 * lasts (MicroProfile Config: system properties, {@code JOY_RESPONDENTS_...} environment
 * variables). There is deliberately no limit per address: a hospital's physicians may all come
 * through one NAT address.
 */
@ApplicationScoped
public class RespondentLimits {

  @Inject
  @ConfigProperty(name = "joy.respondents.max-concurrent", defaultValue = "32")
  int maxConcurrent;

  @Inject
  @ConfigProperty(name = "joy.respondents.queue-wait-ms", defaultValue = "2000")
  long queueWaitMillis;

  @Inject
  @ConfigProperty(name = "joy.respondents.retry-after-seconds", defaultValue = "60")
  int retryAfterSeconds;

  @Inject
  @ConfigProperty(name = "joy.respondents.session-timeout-minutes", defaultValue = "20")
  int sessionTimeoutMinutes;

  /**
   * The header in which a load balancer in front of the instances names the client (e.g. {@code
   * X-Forwarded-For}); none by default, when the connection's own address is the client's.
   */
  @Inject
  @ConfigProperty(name = "joy.respondents.client-address-header")
  Optional<String> clientAddressHeader;

  @PostConstruct
  void check() {
    require(maxConcurrent >= 1, "joy.respondents.max-concurrent", maxConcurrent, "at least 1");
    require(queueWaitMillis >= 0, "joy.respondents.queue-wait-ms", queueWaitMillis, "0 or more");
    require(
        retryAfterSeconds >= 1, "joy.respondents.retry-after-seconds", retryAfterSeconds, ">= 1");
    require(
        sessionTimeoutMinutes >= 1,
        "joy.respondents.session-timeout-minutes",
        sessionTimeoutMinutes,
        "at least 1");
  }

  private static void require(boolean ok, String name, Object value, String rule) {
    if (!ok) {
      throw new IllegalStateException(name + " is " + value + "; it must be " + rule);
    }
  }

  /** Respondent requests served at once; more wait. */
  public int maxConcurrent() {
    return maxConcurrent;
  }

  /** How long a request beyond {@link #maxConcurrent} waits for its turn before "busy". */
  public long queueWaitMillis() {
    return queueWaitMillis;
  }

  /** The {@code Retry-After} of the busy page. */
  public int retryAfterSeconds() {
    return retryAfterSeconds;
  }

  /**
   * The client's address, for the resume-code guess limit only: the last address of the configured
   * header (the one the load balancer appended; earlier ones come from the client and may be made
   * up), or the connection's.
   */
  public String clientAddress(HttpServletRequest request) {
    if (clientAddressHeader.isPresent() && !clientAddressHeader.get().isBlank()) {
      String forwarded = request.getHeader(clientAddressHeader.get().strip());
      if (forwarded != null && !forwarded.isBlank()) {
        String[] hops = forwarded.split(",");
        return hops[hops.length - 1].strip();
      }
    }
    return request.getRemoteAddr();
  }

  /** An idle respondent session's length once its answers are saved as a draft. */
  public int sessionTimeoutSeconds() {
    return sessionTimeoutMinutes * 60;
  }
}
