package org.spinerad.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.spinerad.model.EpiduralFinding;
import org.spinerad.model.Finding;
import org.spinerad.model.Region;
import org.spinerad.model.Report;
import org.spinerad.model.ReportFactory;
import org.spinerad.templates.FormDefinition;
import org.spinerad.templates.StandardForms;
import org.spinerad.testsupport.Ui;
import org.spinerad.ui.parts.ReportPart;

/**
 * At 1280×800 every pick list of every finding form of the three templates
 * is as wide as its longest value, measured with the widget's own font, and
 * still fits the Report column.
 */
class PickListWidthTest {

	private static final String FORM = FindingForms.FORM;
	private final Ui ui = Ui.of(Display.getCurrent());
	private final FindingForms forms = new FindingForms(ui);

	@AfterEach
	void restore() throws Exception {
		forms.restore();
	}

	/** Least room a pick list needs beside its text for the arrow and the margins (as for the header). */
	private static final int ARROW = 24;

	@Test
	void everyPickListOfEveryFindingShowsItsLongestValueAt1280x800() throws Exception {
		List<String> cut = new ArrayList<>();
		int measured = 0;
		int spare = Integer.MAX_VALUE;
		for (String scenario : List.of("tumor", "infection", "postop")) {
			// a value in every field (and a component), so that every pick list of every region shows
			Report report = forms.open(FindingForms.template(scenario), true, "-every-field",
					PickListWidthTest::enterEveryField);
			Composite part = ui.get(ReportPart.ID, Composite.class);
			if (ui.get(org.spinerad.ui.internal.editor.StudyHeader.FIELDS_ID, Composite.class).isVisible()) {
				ui.click(ui.get(org.spinerad.ui.internal.editor.StudyHeader.TOGGLE_ID, Button.class));
			}
			ui.flush();
			for (Region region : report.getRegions()) {
				Finding finding = region.getFindings().get(0);
				Composite box = ui.get(FORM + finding.getId(), Composite.class);
				String where = scenario + " " + region.getKind().getLiteral() + " ";
				int[] least = ui.onUi(() -> {
					int n = 0;
					int room = Integer.MAX_VALUE;
					for (Combo combo : ui.all(box, Combo.class)) {
						if (!combo.isVisible()) {
							continue;
						}
						n++;
						GC gc = new GC(combo);
						try {
							gc.setFont(combo.getFont());
							for (String item : combo.getItems()) {
								int need = gc.textExtent(item).x + ARROW;
								room = Math.min(room, combo.getSize().x - need);
								if (need > combo.getSize().x) {
									cut.add(where + combo.getData("org.spinerad.id") + ": \"" + item + "\" needs "
											+ need + " px, has " + combo.getSize().x);
								}
							}
						} finally {
							gc.dispose();
						}
					}
					return new int[] { n, room };
				});
				measured += least[0];
				spare = Math.min(spare, least[1]);
				assertTrue(least[0] > 0, where + "has pick lists");
			}
			ScrolledComposite scroller = forms.scroller();
			List<String> problems = new ArrayList<>();
			ui.onUi(() -> {
				FindingForms.check((Composite) scroller.getContent(), scroller, scroller.getClientArea().width, problems);
				return null;
			});
			assertTrue(problems.isEmpty(), scenario + ": " + String.join("\n", problems));
			// one screenshot a template, at the pick list showing the widest value of all its findings
			Composite content = (Composite) scroller.getContent();
			ui.onUi(() -> {
				Combo widest = null;
				int most = -1;
				for (Combo combo : ui.all(content, Combo.class)) {
					GC gc = new GC(combo);
					int width = gc.textExtent(combo.getText()).x;
					gc.dispose();
					if (combo.isVisible() && width > most) {
						most = width;
						widest = combo;
					}
				}
				int y = Display.getCurrent().map(widest.getParent(), content, widest.getBounds()).y;
				scroller.setOrigin(0, Math.max(0, y - 200));
				return null;
			});
			ui.flush();
			ui.screenshot(part.getShell(), Screenshots.file("finding-form-widest-value-" + scenario));
		}
		assertTrue(cut.isEmpty(), "pick lists narrower than a value at 1280x800:\n" + String.join("\n", cut));
		System.out.println("finding forms at 1280x800: " + measured + " pick lists, least spare room " + spare + " px");
	}

	/** Enters a value other than the default in every pick list of a finding's form, and one component. */
	private static void enterEveryField(Finding finding, FormDefinition.RegionForm form) {
		for (FormDefinition.FieldSpec spec : form.fields()) {
			if (!(StandardForms.feature(finding.eClass(), spec.feature()) instanceof org.eclipse.emf.ecore.EAttribute a)) {
				continue;
			}
			org.eclipse.emf.ecore.EObject owner = finding;
			int dot = spec.feature().indexOf('.');
			if (dot > 0) {
				var part = (org.eclipse.emf.ecore.EReference) finding.eClass()
						.getEStructuralFeature(spec.feature().substring(0, dot));
				if (finding.eGet(part) == null) {
					finding.eSet(part, ReportFactory.eINSTANCE.create(part.getEReferenceType()));
				}
				owner = (org.eclipse.emf.ecore.EObject) finding.eGet(part);
			}
			if (a.getEAttributeType() instanceof org.eclipse.emf.ecore.EEnum type) {
				if (owner.eIsSet(a) && !owner.eGet(a).equals(a.getDefaultValue())) {
					continue; // a value the report's kind already set (e.g. the nature)
				}
				List<String> literals = spec.choices().isEmpty()
						? type.getELiterals().stream().map(org.eclipse.emf.ecore.EEnumLiteral::getLiteral).toList()
						: spec.choices();
				// the value with the longest label, so that the screenshots show the widest values
				org.eclipse.emf.ecore.EObject target = owner;
				literals.stream().filter(l -> !type.getEEnumLiteral(l).getInstance().equals(a.getDefaultValue()))
						.max(java.util.Comparator.comparingInt(l -> org.spinerad.model.edit.Vocabulary.label(type, l)
								.length()))
						.ifPresent(l -> target.eSet(a, type.getEEnumLiteral(l).getInstance()));
			} else if (a.getEAttributeType().getInstanceClass() == Boolean.class) {
				owner.eSet(a, Boolean.TRUE);
			}
		}
		if (finding instanceof EpiduralFinding epidural) {
			epidural.getComponents().add(ReportFactory.eINSTANCE.createComponent());
		}
	}
}
