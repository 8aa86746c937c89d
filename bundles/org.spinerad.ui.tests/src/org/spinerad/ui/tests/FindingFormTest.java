package org.spinerad.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.spinerad.model.CollectionType;
import org.spinerad.model.EnhancementIntensity;
import org.spinerad.model.EpiduralFinding;
import org.spinerad.model.Finding;
import org.spinerad.model.LesionNature;
import org.spinerad.model.MarrowFinding;
import org.spinerad.model.Region;
import org.spinerad.model.RegionKind;
import org.spinerad.model.Report;
import org.spinerad.model.query.Reports;
import org.spinerad.templates.TemplateProvider;
import org.spinerad.testsupport.Ui;
import org.spinerad.ui.parts.ReportPart;

/**
 * A finding shows the fields that apply to it and fits the Report column of a
 * 1280×800 window; pick lists take type-ahead and ignore the mouse wheel.
 */
class FindingFormTest {

	private static final Duration WAIT = Duration.ofSeconds(15);
	private static final String FORM = FindingForms.FORM;
	private final Ui ui = Ui.of(Display.getCurrent());
	private final FindingForms forms = new FindingForms(ui);

	private static TemplateProvider template(String id) {
		return FindingForms.template(id);
	}

	private Report open(TemplateProvider template, boolean filled) throws Exception {
		return forms.open(template, filled);
	}

	@AfterEach
	void restore() throws Exception {
		forms.restore();
	}

	private boolean shown(String id) {
		return ui.find(id).map(w -> ((Control) w).isVisible()).orElse(false);
	}

	@Test
	void fieldsAppearAsTheyComeToApplyAndTheCaretStays() throws Exception {
		Report report = open(template("tumor"), false);
		MarrowFinding marrow = (MarrowFinding) Reports.region(report, RegionKind.BONE_MARROW).orElseThrow()
				.getFindings().get(0);
		String f1 = FORM + marrow.getId() + ".";
		assertFalse(shown(f1 + "modicType"), "no Modic type on an undetermined lesion of a tumour report");
		assertFalse(shown(f1 + "intraosseousAbscess"));
		assertTrue(shown(f1 + "boneLesion"), "SINS inputs while the lesion may be a tumour");

		// type-ahead in the nature pick list, no Alt+Down: "d" is degenerative
		Combo nature = ui.get(f1 + "nature", Combo.class);
		ui.focus(nature);
		ui.press('d', 0);
		ui.waitUntil("degenerative", WAIT, () -> marrow.getNature() == LesionNature.DEGENERATIVE);
		ui.waitUntil("Modic type to appear", WAIT, () -> shown(f1 + "modicType"));
		assertFalse(shown(f1 + "boneLesion"), "no SINS on a degenerative lesion");
		assertTrue(nature.isFocusControl(), "the caret stays in the pick list while the form changes");

		// a letter that matches nothing after the last one starts a new search: "n" is neoplastic
		ui.press('n', 0);
		ui.waitUntil("neoplastic", WAIT, () -> marrow.getNature() == LesionNature.NEOPLASTIC);
		ui.waitUntil("SINS inputs to appear", WAIT, () -> shown(f1 + "boneLesion") && !shown(f1 + "modicType"));
		assertTrue(nature.isFocusControl());

		// enhancement: intensity only once present; "av" is avid
		ui.focus(ui.get(f1 + "enhancement.presence", Combo.class));
		assertFalse(shown(f1 + "enhancement.intensity"));
		ui.press('p', 0);
		ui.waitUntil("intensity to appear", WAIT, () -> shown(f1 + "enhancement.intensity"));
		Combo intensity = ui.get(f1 + "enhancement.intensity", Combo.class);
		ui.focus(intensity);
		ui.press('a', 0);
		ui.press('v', 0);
		ui.waitUntil("avid", WAIT, () -> marrow.getEnhancement() != null
				&& marrow.getEnhancement().getIntensity() == EnhancementIntensity.AVID);
		assertEquals("avid", intensity.getText());

		// an abscess shows rim and centre
		EpiduralFinding epidural = (EpiduralFinding) Reports.region(report, RegionKind.EPIDURAL).orElseThrow()
				.getFindings().get(0);
		String e = FORM + epidural.getId() + ".";
		assertFalse(shown(e + "enhancement.rimQuality"));
		ui.focus(ui.get(e + "classification", Combo.class));
		ui.press('a', 0);
		ui.waitUntil("abscess", WAIT, () -> epidural.getClassification() == CollectionType.ABSCESS);
		ui.waitUntil("rim and centre", WAIT, () -> shown(e + "enhancement.rimQuality") && shown(e + "enhancement.center"));

		// Ctrl+Z takes the classification back, and rim and centre go again
		ui.press('z', SWT.MOD1);
		ui.waitUntil("rim and centre to go with the undo", WAIT, () -> !shown(e + "enhancement.rimQuality"));
	}

	@Test
	void theMouseWheelScrollsTheFormAndNeverChangesAValue() throws Exception {
		Report report = open(template("infection"), false);
		Finding marrow = Reports.region(report, RegionKind.BONE_MARROW).orElseThrow().getFindings().get(0);
		Combo nature = ui.get(FORM + marrow.getId() + ".nature", Combo.class);
		ScrolledComposite scroller = (ScrolledComposite) ui.onUi(() -> {
			Control c = nature;
			while (!(c instanceof ScrolledComposite)) {
				c = c.getParent();
			}
			((ScrolledComposite) c).showControl(nature);
			return c;
		});
		ui.focus(nature);
		ui.flush();
		LesionNature before = marrow.getNature();
		int top = ui.onUi(() -> scroller.getOrigin().y);
		ui.onUi(() -> {
			Point center = nature.toDisplay(nature.getSize().x / 2, nature.getSize().y / 2);
			Event move = new Event();
			move.type = SWT.MouseMove;
			move.x = center.x;
			move.y = center.y;
			Display.getCurrent().post(move);
			return null;
		});
		ui.flush();
		int[] seen = new int[1];
		ui.onUi(() -> {
			nature.addListener(SWT.MouseVerticalWheel, ev -> seen[0]++);
			return null;
		});
		// SWT cannot post wheel events on GTK: the X server gets real button 5 clicks (wheel down)
		Process wheel = new ProcessBuilder("xdotool", "click", "--repeat", "3", "5").inheritIO().start();
		assertEquals(0, wheel.waitFor(), "xdotool (releng/scripts/setup.sh installs it) clicks the wheel");
		ui.waitUntil("the wheel over the pick list", WAIT, () -> seen[0] > 0);
		ui.flush();
		ui.waitUntil("the form to scroll under the wheel (origin " + scroller.getOrigin() + ", before " + top + ")",
				WAIT, () -> scroller.getOrigin().y > top);
		assertEquals(before, marrow.getNature(), "the wheel over a pick list changes nothing");
	}

	@Test
	void everyTemplatesFindingsFitA1280By800Window() throws Exception {
		for (String scenario : List.of("tumor", "infection", "postop")) {
			Report report = open(template(scenario), true);
			Composite part = ui.get(ReportPart.ID, Composite.class);
			ScrolledComposite scroller = ui.onUi(() -> {
				Control c = ui.get(FORM + "F1.from", Control.class);
				while (!(c instanceof ScrolledComposite)) {
					c = c.getParent();
				}
				return (ScrolledComposite) c;
			});
			List<String> problems = new ArrayList<>();
			ui.onUi(() -> {
				int width = scroller.getClientArea().width;
				FindingForms.check((Composite) scroller.getContent(), scroller, width, problems);
				return null;
			});
			assertTrue(problems.isEmpty(), scenario + ": " + String.join("\n", problems));
			for (Region region : report.getRegions()) {
				Finding finding = region.getFindings().get(0);
				Control box = ui.get(FORM + finding.getId(), Control.class);
				ui.onUi(() -> {
					scroller.setOrigin(0, box.getBounds().y + box.getParent().getBounds().y - 30);
					return null;
				});
				ui.flush();
				assertTrue(shown(FORM + finding.getId() + ".delete"));
				ui.screenshot(part.getShell(), Screenshots.file("finding-form-" + scenario + "-"
						+ region.getKind().getLiteral()));
			}
		}
	}

}
