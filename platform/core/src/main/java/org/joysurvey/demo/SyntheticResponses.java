package org.joysurvey.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.joysurvey.questionnaire.Questionnaire;
import org.joysurvey.questionnaire.QuestionnaireItem;
import org.joysurvey.spi.AnswerValue;
import org.joysurvey.spi.Answers;
import org.joysurvey.spi.Item;
import org.joysurvey.spi.ItemType;
import org.joysurvey.spi.Option;

/**
 * Generates plausible responses to any questionnaire, reproducibly from a seed. Each respondent has
 * one latent "strain" that pushes every likert answer the same way, so burnout measures agree as
 * they do in real cohorts; shown-if logic, exclusive options and rank limits are respected; a few
 * items are skipped.
 *
 * <p>A {@link DemoProfile} gives the items it names their own distributions: each answer is drawn
 * from the item's option shares through a normal variable that correlates with the strain by the
 * item's {@code strain} (a Gaussian copula), so the shares land on the profile's and the items
 * still agree with each other. Without a profile, or for items it does not name (any external
 * plugin's), the generic rules below apply and draw exactly as they always have, so the benchmarks'
 * data stay the same.
 */
public final class SyntheticResponses {

  private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);

  private final Questionnaire questionnaire;
  private final Random random;
  private final double skipRate;

  private final Map<String, DemoProfile.ItemProfile> profiled;
  private final long seed;
  private long respondents;

  public SyntheticResponses(Questionnaire questionnaire, long seed, double skipRate) {
    this(questionnaire, seed, skipRate, DemoProfile.GENERIC);
  }

  /**
   * @param profile distributions of the items it names; those of items that are not in the
   *     questionnaire are ignored (an edition may leave an instrument out)
   * @throws IllegalArgumentException when the profile names an option the item does not have, or
   *     gives a distribution to an item of the wrong type
   */
  public SyntheticResponses(
      Questionnaire questionnaire, long seed, double skipRate, DemoProfile profile) {
    this.questionnaire = questionnaire;
    this.random = new Random(seed);
    this.seed = seed;
    this.skipRate = skipRate;
    Map<String, DemoProfile.ItemProfile> matched = new HashMap<>();
    profile
        .items()
        .forEach(
            (code, p) ->
                questionnaire
                    .item(code)
                    .ifPresent(
                        qi -> {
                          check(qi, p);
                          matched.put(code, p);
                        }));
    this.profiled = Map.copyOf(matched);
  }

  private static void check(QuestionnaireItem qi, DemoProfile.ItemProfile p) {
    Item item = qi.item();
    boolean text = item.type() == ItemType.TEXT;
    if (text != p.codes().isEmpty() || (text && p.texts().isEmpty())) {
      throw new IllegalArgumentException(
          "The demo profile of "
              + qi.code()
              + " needs "
              + (text ? "texts" : "option weights")
              + " for a "
              + item.type()
              + " item.");
    }
    if (item.type() == ItemType.NUMBER) {
      throw new IllegalArgumentException(
          "The demo profile cannot describe number item " + qi.code());
    }
    for (String code : p.codes()) {
      if (item.option(code).isEmpty()) {
        throw new IllegalArgumentException(
            "The demo profile of "
                + qi.code()
                + " names '"
                + code
                + "', which is no option of it.");
      }
    }
    if (!text && p.weights().stream().mapToDouble(Double::doubleValue).sum() <= 0) {
      throw new IllegalArgumentException(
          "The demo profile of " + qi.code() + " gives every option weight 0.");
    }
  }

  public Answers next() {
    if (profiled.isEmpty()) {
      double strain = random.nextGaussian();
      Map<String, AnswerValue> answers = new HashMap<>();
      for (QuestionnaireItem qi : questionnaire.items()) {
        if (!questionnaire.isShown(qi, answers) || random.nextDouble() < skipRate) {
          continue;
        }
        AnswerValue value = answer(qi.item(), strain, random);
        if (value != null) {
          answers.put(qi.code(), value);
        }
      }
      return new Answers(answers);
    }
    // With a profile each respondent, and each item of theirs, draws from a stream of its own, so
    // an item's answers do not depend on which instruments come before it or are left out: the
    // Mini-Z answers of a year's edition are the same whatever else it asks.
    long own = mix(mix(seed) + respondents++);
    double strain = new Random(own).nextGaussian();
    Map<String, AnswerValue> answers = new HashMap<>();
    for (QuestionnaireItem qi : questionnaire.items()) {
      Random stream = new Random(mix(own ^ qi.code().hashCode()));
      if (!questionnaire.isShown(qi, answers) || stream.nextDouble() < skipRate) {
        continue;
      }
      DemoProfile.ItemProfile p = profiled.get(qi.code());
      AnswerValue value =
          p == null ? answer(qi.item(), strain, stream) : answer(qi.item(), p, strain, stream);
      if (value != null) {
        answers.put(qi.code(), value);
      }
    }
    return new Answers(answers);
  }

  /** SplitMix64's finaliser: nearby inputs give unrelated seeds. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** An answer drawn from the item's profile. */
  private AnswerValue answer(Item item, DemoProfile.ItemProfile p, double strain, Random draws) {
    switch (item.type()) {
      case LIKERT, SINGLE, YES_NO -> {
        double u = NORMAL.cumulativeProbability(latent(strain, p.strain(), 0, 0, draws));
        double total = p.weights().stream().mapToDouble(Double::doubleValue).sum();
        double cumulative = 0;
        int last = 0;
        for (int i = 0; i < p.codes().size(); i++) {
          if (p.weights().get(i) > 0) {
            last = i;
            cumulative += p.weights().get(i) / total;
            if (u < cumulative) {
              break;
            }
          }
        }
        String code = p.codes().get(last);
        return item.type() == ItemType.LIKERT
            ? new AnswerValue.Scale(Integer.parseInt(code))
            : new AnswerValue.Choice(code);
      }
      case MULTI, RANKED -> {
        // each option is chosen when its own normal variable passes the option's quantile; the
        // margin above that orders a ranked answer, so the more popular options come first
        double shared = draws.nextGaussian();
        List<String> chosen = new ArrayList<>();
        List<Double> margins = new ArrayList<>();
        String closest = null;
        double closestMargin = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < p.codes().size(); i++) {
          double u =
              NORMAL.cumulativeProbability(latent(strain, p.strain(), shared, p.together(), draws));
          double margin = u - (1 - p.weights().get(i));
          if (margin > 0) {
            chosen.add(p.codes().get(i));
            margins.add(margin);
          } else if (margin > closestMargin && !item.option(p.codes().get(i)).get().exclusive()) {
            closest = p.codes().get(i);
            closestMargin = margin;
          }
        }
        boolean hasExclusive = item.options().stream().anyMatch(Option::exclusive);
        if (chosen.isEmpty() && !hasExclusive && closest != null) {
          // someone who answers a list without a "none" picks at least the option nearest to them
          chosen.add(closest);
          margins.add(closestMargin);
        }
        if (item.type() == ItemType.RANKED) {
          List<Integer> order = new ArrayList<>();
          for (int i = 0; i < chosen.size(); i++) {
            order.add(i);
          }
          order.sort((a, b) -> Double.compare(margins.get(b), margins.get(a)));
          List<String> ranked = order.stream().limit(item.maxChoices()).map(chosen::get).toList();
          return ranked.isEmpty() ? null : new AnswerValue.Choices(ranked);
        }
        List<String> exclusive =
            chosen.stream().filter(c -> item.option(c).orElseThrow().exclusive()).toList();
        if (!exclusive.isEmpty() && chosen.size() > 1) {
          chosen.removeAll(exclusive);
        }
        if (chosen.isEmpty()) {
          // nothing chosen: the exclusive option (e.g. "none") where there is one, else no answer
          return item.options().stream()
              .filter(Option::exclusive)
              .findFirst()
              .map(o -> (AnswerValue) new AnswerValue.Choices(List.of(o.code())))
              .orElse(null);
        }
        return new AnswerValue.Choices(chosen);
      }
      case TEXT -> {
        return draws.nextDouble() < p.answered()
            ? new AnswerValue.Text(p.texts().get(draws.nextInt(p.texts().size())))
            : null;
      }
      default -> throw new IllegalStateException("no profile for item type " + item.type());
    }
  }

  /**
   * A standard normal variable that correlates with {@code strain} by {@code loading} and, with
   * weight {@code together}, shares {@code shared} with the item's other options.
   */
  private static double latent(
      double strain, double loading, double shared, double together, Random draws) {
    double own = Math.sqrt(Math.max(0, 1 - loading * loading - together));
    return loading * strain + Math.sqrt(together) * shared + own * draws.nextGaussian();
  }

  private AnswerValue answer(Item item, double strain, Random draws) {
    List<Option> options = item.options();
    switch (item.type()) {
      case LIKERT -> {
        int min = item.scaleMin();
        int max = item.scaleMax();
        // centred low on the scale, as most physicians are not burned out
        double centre = min + (max - min) * 0.28;
        double value = centre + strain * (max - min) / 4.0 + draws.nextGaussian() * 0.8;
        return new AnswerValue.Scale((int) Math.max(min, Math.min(max, Math.round(value))));
      }
      case SINGLE, YES_NO -> {
        // earlier options a little more likely, as lists usually start with the common answers
        int index =
            Math.min(
                options.size() - 1,
                (int) Math.floor(Math.abs(draws.nextGaussian()) * options.size() / 2.0));
        return new AnswerValue.Choice(options.get(index).code());
      }
      case MULTI -> {
        List<String> chosen = new ArrayList<>();
        for (Option option : options) {
          if (!option.exclusive() && draws.nextDouble() < 0.35) {
            chosen.add(option.code());
          }
        }
        if (chosen.isEmpty()) {
          options.stream()
              .filter(Option::exclusive)
              .findFirst()
              .ifPresentOrElse(o -> chosen.add(o.code()), () -> chosen.add(options.get(0).code()));
        }
        return new AnswerValue.Choices(chosen);
      }
      case RANKED -> {
        List<String> pool = new ArrayList<>(options.stream().map(Option::code).toList());
        int k = 1 + draws.nextInt(item.maxChoices());
        List<String> ranked = new ArrayList<>();
        for (int i = 0; i < k; i++) {
          ranked.add(pool.remove(draws.nextInt(pool.size())));
        }
        return new AnswerValue.Choices(ranked);
      }
      case NUMBER -> {
        double low = item.min() == null ? 0 : item.min().doubleValue();
        double high = item.max() == null ? low + 100 : item.max().doubleValue();
        return new AnswerValue.Number(
            BigDecimal.valueOf(Math.round(low + draws.nextDouble() * (high - low))));
      }
      case TEXT -> {
        return draws.nextDouble() < 0.1
            ? new AnswerValue.Text("Demo comment " + draws.nextInt(1000))
            : null;
      }
      default -> throw new IllegalStateException("unknown item type " + item.type());
    }
  }
}
