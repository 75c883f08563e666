package org.joysurvey.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The form read from markup as survey-form.xhtml renders it (abridged from a real page). */
class FormHtmlTest {

  private static final String FORM =
      """
      <form id="survey" name="survey" method="post" action="/survey.xhtml">
      <input type="hidden" name="survey" value="survey" />
          <input type="hidden" name="edition" value="7" />
          <p id="progress-text" class="progress-text">Page 5 of 9</p>
      <div id="survey:items:0:block" class="item-block block-q-telemedicine-uses">
        <fieldset id="q-telemedicine-uses" class="question " data-item="telemedicine.uses">
        <legend>Do you use telemedicine?<span class="required-mark"> (required)</span></legend>
      <input type="radio" name="survey:items:0:choice" id="survey:items:0:choice:0" value="yes" onchange="PrimeFaces.ab({s:this,e:&quot;valueChange&quot;,f:&quot;survey&quot;,p:&quot;survey:items:0:choice&quot;,u:&quot;@(.shown-by-q-telemedicine-uses)&quot;});" />
      <input type="radio" name="survey:items:0:choice" id="survey:items:0:choice:1" value="no" checked="checked" onchange="PrimeFaces.ab({s:this,e:&quot;valueChange&quot;,f:&quot;survey&quot;,p:&quot;survey:items:0:choice&quot;,u:&quot;@(.shown-by-q-telemedicine-uses)&quot;});" />
        </fieldset>
      </div>
      <div id="survey:items:1:block" class="item-block block-q-telemedicine-share shown-by-q-telemedicine-uses">
      </div>
      <div id="survey:items:2:block" class="item-block block-q-org-top3">
      <input type="checkbox" name="survey:items:2:ranking" value="a" checked="checked" />
      <input type="checkbox" name="survey:items:2:ranking" value="b" disabled="disabled" />
      <textarea id="survey:items:3:text" name="survey:items:3:text" rows="4">Fish &amp; chips</textarea>
      <p id="error-q" class="item-error">'none' cannot be combined with other options.</p>
      </div>
            <div class="page-buttons">
      <button id="survey:next" name="survey:next" onclick="PrimeFaces.ab({s:&quot;survey:next&quot;,f:&quot;survey&quot;,p:&quot;survey&quot;,u:&quot;survey,@(.first-page-only)&quot;});return false;" type="submit"></button>
      </div>
      <input type="hidden" name="jakarta.faces.ViewState" id="j_id1:jakarta.faces.ViewState:0" value="stateless" />
      </form>""";

  private final FormHtml form = FormHtml.of(FORM);

  @Test
  void readsEachBlockWithItsFieldsByNameAlone() {
    List<FormHtml.Block> blocks = form.blocks();
    assertEquals(3, blocks.size());
    FormHtml.Field uses = blocks.get(0).fields().get(0);
    assertEquals("survey:items:0:choice", uses.name);
    assertEquals(List.of("yes", "no"), uses.options);
    assertEquals(List.of("no"), uses.checked);
    assertTrue(blocks.get(0).required());
    assertTrue(blocks.get(1).fields().isEmpty());
    FormHtml.Field ranking = blocks.get(2).fields().get(0);
    assertEquals(List.of("b"), ranking.disabled);
    assertEquals("Fish & chips", blocks.get(2).fields().get(1).text);
    assertTrue(blocks.get(2).error());
    assertFalse(blocks.get(0).error());
  }

  @Test
  void readsTheAjaxBehaviourOfAnAnswerThatShowsOthers() {
    FormHtml.Behaviour behaviour = form.blocks().get(0).fields().get(0).behaviour;
    assertEquals("survey:items:0:choice", behaviour.source());
    assertEquals("valueChange", behaviour.event());
    assertEquals("survey:items:0:choice", behaviour.execute());
    assertEquals("survey:items:1:block", form.resolve(behaviour.update(), ""));
    assertNull(form.blocks().get(2).fields().get(0).behaviour);
  }

  @Test
  void resolvesAButtonsUpdateAgainstTheWholePage() {
    FormHtml.Behaviour next = form.button("next");
    assertEquals("survey:next", next.source());
    String page = "<div id=\"welcome\" class=\"first-page-only\"></div>";
    assertEquals("survey welcome", form.resolve(next.update(), page));
    assertNull(form.button("submit"));
    assertFalse(form.review());
  }

  @Test
  void readsTheProgressHiddenFieldsAndViewState() {
    assertEquals(5, form.pageNumber());
    assertEquals(9, form.pageCount());
    assertEquals(List.of(Map.entry("survey", "survey"), Map.entry("edition", "7")), form.hidden());
    assertEquals("stateless", FormHtml.viewState(FORM));
  }

  @Test
  void replacesOneBlockWithItsNewRendering() {
    String shown =
        "<div id=\"survey:items:1:block\" class=\"item-block shown-by-q-telemedicine-uses\">"
            + "<input type=\"radio\" name=\"survey:items:1:choice\" value=\"1\" /></div>";
    FormHtml updated = form.withBlock("survey:items:1:block", shown);
    assertEquals("survey:items:1:choice", updated.blocks().get(1).fields().get(0).name);
    assertEquals(3, updated.blocks().size());
    assertEquals(5, updated.pageNumber());
  }

  @Test
  void readsAPartialResponsesUpdatesViewStateAndRedirect() {
    PartialResponse partial =
        PartialResponse.parse(
            "<?xml version='1.0' encoding='UTF-8'?><partial-response><changes>"
                + "<update id=\"survey\"><![CDATA[<form id=\"survey\"></form>]]></update>"
                + "<update id=\"j_id1:jakarta.faces.ViewState:0\"><![CDATA[123:456]]></update>"
                + "</changes></partial-response>");
    assertEquals("<form id=\"survey\"></form>", partial.updates().get("survey"));
    assertEquals("123:456", partial.viewState());
    assertNull(partial.redirect());
    PartialResponse busy =
        PartialResponse.parse(
            "<partial-response><redirect url=\"/busy.html\"/></partial-response>");
    assertEquals("/busy.html", busy.redirect());
  }
}
