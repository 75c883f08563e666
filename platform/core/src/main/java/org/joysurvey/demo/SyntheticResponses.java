package org.joysurvey.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.joysurvey.questionnaire.Questionnaire;
import org.joysurvey.questionnaire.QuestionnaireItem;
import org.joysurvey.spi.AnswerValue;
import org.joysurvey.spi.Answers;
import org.joysurvey.spi.Item;
import org.joysurvey.spi.Option;

/**
 * Generates plausible responses to any questionnaire, reproducibly from a seed. Each respondent has
 * one latent "strain" that pushes every likert answer the same way, so burnout measures agree as
 * they do in real cohorts; shown-if logic, exclusive options and rank limits are respected; a few
 * items are skipped.
 */
public final class SyntheticResponses {

  private final Questionnaire questionnaire;
  private final Random random;
  private final double skipRate;

  public SyntheticResponses(Questionnaire questionnaire, long seed, double skipRate) {
    this.questionnaire = questionnaire;
    this.random = new Random(seed);
    this.skipRate = skipRate;
  }

  public Answers next() {
    double strain = random.nextGaussian();
    Map<String, AnswerValue> answers = new HashMap<>();
    for (QuestionnaireItem qi : questionnaire.items()) {
      if (!questionnaire.isShown(qi, answers) || random.nextDouble() < skipRate) {
        continue;
      }
      AnswerValue value = answer(qi.item(), strain);
      if (value != null) {
        answers.put(qi.code(), value);
      }
    }
    return new Answers(answers);
  }

  private AnswerValue answer(Item item, double strain) {
    List<Option> options = item.options();
    switch (item.type()) {
      case LIKERT -> {
        int min = item.scaleMin();
        int max = item.scaleMax();
        // centred low on the scale, as most physicians are not burned out
        double centre = min + (max - min) * 0.28;
        double value = centre + strain * (max - min) / 4.0 + random.nextGaussian() * 0.8;
        return new AnswerValue.Scale((int) Math.max(min, Math.min(max, Math.round(value))));
      }
      case SINGLE, YES_NO -> {
        // earlier options a little more likely, as lists usually start with the common answers
        int index =
            Math.min(
                options.size() - 1,
                (int) Math.floor(Math.abs(random.nextGaussian()) * options.size() / 2.0));
        return new AnswerValue.Choice(options.get(index).code());
      }
      case MULTI -> {
        List<String> chosen = new ArrayList<>();
        for (Option option : options) {
          if (!option.exclusive() && random.nextDouble() < 0.35) {
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
        int k = 1 + random.nextInt(item.maxChoices());
        List<String> ranked = new ArrayList<>();
        for (int i = 0; i < k; i++) {
          ranked.add(pool.remove(random.nextInt(pool.size())));
        }
        return new AnswerValue.Choices(ranked);
      }
      case NUMBER -> {
        double low = item.min() == null ? 0 : item.min().doubleValue();
        double high = item.max() == null ? low + 100 : item.max().doubleValue();
        return new AnswerValue.Number(
            BigDecimal.valueOf(Math.round(low + random.nextDouble() * (high - low))));
      }
      case TEXT -> {
        return random.nextDouble() < 0.1
            ? new AnswerValue.Text("Demo comment " + random.nextInt(1000))
            : null;
      }
      default -> throw new IllegalStateException("unknown item type " + item.type());
    }
  }
}
