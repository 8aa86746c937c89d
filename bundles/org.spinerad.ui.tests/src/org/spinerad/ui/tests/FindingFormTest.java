package org.spinerad.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.spinerad.model.CollectionType;
import org.spinerad.model.CordCompartment;
import org.spinerad.model.CordFinding;
import org.spinerad.model.EnhancementIntensity;
import org.spinerad.model.EnhancementPresence;
import org.spinerad.model.EpiduralFinding;
import org.spinerad.model.Finding;
import org.spinerad.model.LesionNature;
import org.spinerad.model.MarrowFinding;
import org.spinerad.model.Region;
import org.spinerad.model.RegionKind;
import org.spinerad.model.Report;
import org.spinerad.model.ReportFactory;
import org.spinerad.model.levels.SpineLevel;
import org.spinerad.model.query.Reports;
import org.spinerad.templates.FormDefinition;
import org.spinerad.templates.StandardForms;
import org.spinerad.templates.TemplateProvider;
import org.spinerad.templates.TemplateRegistry;
import org.spinerad.testsupport.Ui;
import org.spinerad.ui.internal.dialogs.NewReports;
import org.spinerad.ui.parts.ReportPart;
import org.spinerad.ui.session.ReportSession;

/**
 * A finding shows the fields that apply to it and fits the Report column of a
 * 1280×800 window; pick lists take type-ahead and ignore the mouse wheel.
 */
class FindingFormTest {

	private static final Duration WAIT = Duration.ofSeconds(15);
	private static final String FORM = "org.spinerad.ui.report.finding.";
	private final Ui ui = Ui.of(Display.getCurrent());
	private final List<String> created = new ArrayList<>();
	private Rectangle bounds;
	private boolean maximized;

	private static ReportSession session() {
		return Workbench.service(ReportSession.class);
	}

	private static TemplateProvider template(String id) {
		return Workbench.service(TemplateRegistry.class).find("org.spinerad.templates." + id).orElseThrow();
	}

	private Shell shell() {
		return ui.get(ReportPart.ID, Composite.class).getShell();
	}

	/** A report of a template with one finding per region, open in the editor of a 1280×800 window. */
	private Report open(TemplateProvider template, boolean filled) throws Exception {
		return open(template, filled, "", (finding, form) -> {
		});
	}

	/**
	 * @param more sets more values on each finding (with its region's form) before the report is opened
	 */
	private Report open(TemplateProvider template, boolean filled, String suffix,
			java.util.function.BiConsumer<Finding, FormDefinition.RegionForm> more) throws Exception {
		Report report = NewReports.create(template, "Dr. Forms");
		report.setId("forms-" + template.scenario() + (filled ? "-filled" : "") + suffix);
		int n = 1;
		for (Region region : report.getRegions()) {
			region.setNormal(false);
			region.setStatement(null);
			Finding finding = (Finding) ReportFactory.eINSTANCE.create(Reports.findingClass(region.getKind()));
			finding.setId("F" + n++);
			finding.setFrom(SpineLevel.valueOf("T8"));
			if (filled) {
				fill(finding, template.scenario());
			}
			more.accept(finding, template.form().region(region.getKind()).orElseThrow());
			region.getFindings().add(finding);
		}
		session().close();
		session().store().save(report);
		created.add(report.getId());
		session().open(report.getId());
		EPartService parts = Workbench.service(EPartService.class);
		parts.activate(parts.findPart(ReportPart.ID), true);
		ui.onUi(() -> {
			Shell shell = shell();
			if (bounds == null) {
				bounds = shell.getBounds();
				maximized = shell.getMaximized();
			}
			shell.setMaximized(false);
			shell.setBounds(0, 0, 1280, 800);
			shell.layout(true, true);
			return null;
		});
		ui.flush();
		return session().report().orElseThrow();
	}

	/** Values a radiologist enters for this kind of report, so its typical fields show. */
	private static void fill(Finding finding, String scenario) {
		LesionNature nature = switch (scenario) {
		case "tumor" -> LesionNature.NEOPLASTIC;
		case "infection" -> LesionNature.INFECTIOUS;
		default -> LesionNature.POSTOPERATIVE;
		};
		finding.setNature(nature);
		finding.setEnhancement(ReportFactory.eINSTANCE.createEnhancement());
		finding.getEnhancement().setPresence(EnhancementPresence.PRESENT);
		if (finding instanceof MarrowFinding m && nature == LesionNature.NEOPLASTIC) {
			m.setCollapsePercent(30);
		}
		if (finding instanceof EpiduralFinding e) {
			e.setClassification(switch (scenario) {
			case "tumor" -> CollectionType.TUMOR;
			case "infection" -> CollectionType.ABSCESS;
			default -> CollectionType.SCAR;
			});
		}
		if (finding instanceof CordFinding c) {
			c.setCompartment(CordCompartment.INTRAMEDULLARY);
		}
	}

	@AfterEach
	void restore() throws Exception {
		session().close();
		for (String id : created) {
			session().store().delete(id);
		}
		if (bounds != null) {
			ui.onUi(() -> {
				shell().setBounds(bounds);
				shell().setMaximized(maximized);
				return null;
			});
		}
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
				check((Composite) scroller.getContent(), scroller, width, problems);
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

	/** Least room a pick list needs beside its text for the arrow and the margins (as for the header). */
	private static final int ARROW = 24;

	@Test
	void everyPickListOfEveryFindingShowsItsLongestValueAt1280x800() throws Exception {
		List<String> cut = new ArrayList<>();
		int measured = 0;
		int spare = Integer.MAX_VALUE;
		for (String scenario : List.of("tumor", "infection", "postop")) {
			// a value in every field (and a component), so that every pick list of every region shows
			Report report = open(template(scenario), true, "-every-field", FindingFormTest::enterEveryField);
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
			ScrolledComposite scroller = ui.onUi(() -> {
				Control c = ui.get(FORM + "F1.from", Control.class);
				while (!(c instanceof ScrolledComposite)) {
					c = c.getParent();
				}
				return (ScrolledComposite) c;
			});
			List<String> problems = new ArrayList<>();
			ui.onUi(() -> {
				check((Composite) scroller.getContent(), scroller, scroller.getClientArea().width, problems);
				return null;
			});
			assertTrue(problems.isEmpty(), scenario + ": " + String.join("\n", problems));
			for (Region region : report.getRegions()) {
				Composite box = ui.get(FORM + region.getFindings().get(0).getId(), Composite.class);
				ui.onUi(() -> {
					// the pick list showing the widest value in sight
					Combo widest = null;
					int most = -1;
					for (Combo combo : ui.all(box, Combo.class)) {
						GC gc = new GC(combo);
						int width = gc.textExtent(combo.getText()).x;
						gc.dispose();
						if (combo.isVisible() && width > most) {
							most = width;
							widest = combo;
						}
					}
					Control content = scroller.getContent();
					int y = Display.getCurrent().map(widest.getParent(), content, widest.getBounds()).y;
					scroller.setOrigin(0, Math.max(0, y - 200));
					return null;
				});
				ui.flush();
				ui.screenshot(part.getShell(), Screenshots.file("finding-form-every-field-" + scenario + "-"
						+ region.getKind().getLiteral()));
			}
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

	/** Every visible control lies within the form's width; no label or button is cut off. */
	private static void check(Composite composite, ScrolledComposite scroller, int width, List<String> problems) {
		for (Control child : composite.getChildren()) {
			if (!child.isVisible()) {
				continue;
			}
			Rectangle box = child.getDisplay().map(composite, scroller, child.getBounds());
			String what = child.getClass().getSimpleName() + " " + child.getData("org.spinerad.id")
					+ (child instanceof Label l ? " '" + l.getText() + "'" : "")
					+ (child instanceof Button b ? " '" + b.getText() + "'" : "");
			if (box.x < 0 || box.x + box.width > width) {
				problems.add(what + " at " + box + " is beyond the column's width " + width);
			}
			if ((child instanceof Label l && (l.getStyle() & SWT.WRAP) == 0 || child instanceof Button)
					&& child.computeSize(SWT.DEFAULT, SWT.DEFAULT).x > child.getSize().x + 1) {
				problems.add(what + " is cut off: " + child.getSize().x + " of "
						+ child.computeSize(SWT.DEFAULT, SWT.DEFAULT).x + " pixels");
			}
			if (child instanceof Composite c && !(child instanceof Combo)) {
				check(c, scroller, width, problems);
			}
		}
	}
}
