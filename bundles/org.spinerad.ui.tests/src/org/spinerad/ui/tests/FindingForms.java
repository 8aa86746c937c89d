package org.spinerad.ui.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.spinerad.model.CollectionType;
import org.spinerad.model.CordCompartment;
import org.spinerad.model.CordFinding;
import org.spinerad.model.EnhancementPresence;
import org.spinerad.model.EpiduralFinding;
import org.spinerad.model.Finding;
import org.spinerad.model.LesionNature;
import org.spinerad.model.MarrowFinding;
import org.spinerad.model.Region;
import org.spinerad.model.Report;
import org.spinerad.model.ReportFactory;
import org.spinerad.model.levels.SpineLevel;
import org.spinerad.model.query.Reports;
import org.spinerad.templates.FormDefinition;
import org.spinerad.templates.TemplateProvider;
import org.spinerad.templates.TemplateRegistry;
import org.spinerad.testsupport.Ui;
import org.spinerad.ui.internal.dialogs.NewReports;
import org.spinerad.ui.parts.ReportPart;
import org.spinerad.ui.session.ReportSession;

/**
 * Reports with one finding per region of a template, open in the editor of
 * a 1280×800 window, for the tests of the finding forms; and the check that
 * a form fits its column.
 */
final class FindingForms {

	/** Prefix of the ids of a finding's controls, e.g. {@code org.spinerad.ui.report.finding.F1.nature}. */
	static final String FORM = "org.spinerad.ui.report.finding.";
	private final Ui ui;
	private final List<String> created = new ArrayList<>();
	private Rectangle bounds;
	private boolean maximized;

	FindingForms(Ui ui) {
		this.ui = ui;
	}

	static ReportSession session() {
		return Workbench.service(ReportSession.class);
	}

	static TemplateProvider template(String id) {
		return Workbench.service(TemplateRegistry.class).find("org.spinerad.templates." + id).orElseThrow();
	}

	private Shell shell() {
		return ui.get(ReportPart.ID, Composite.class).getShell();
	}

	/**
	 * Shows the fields of a finding of an opened report (it shows one line until then), as a click on that line
	 * does, and waits for its level field.
	 */
	static void expand(Ui ui, String findingId) {
		ui.waitUntil("finding " + findingId + " on the form", java.time.Duration.ofSeconds(15),
				() -> ui.find(FORM + findingId + ".from").isPresent() || ui.find(FORM + findingId + ".show").isPresent());
		if (ui.find(FORM + findingId + ".show").isPresent()) {
			ui.click(ui.get(FORM + findingId + ".show", Button.class));
		}
		ui.waitUntil("the fields of finding " + findingId, java.time.Duration.ofSeconds(15),
				() -> ui.find(FORM + findingId + ".from").isPresent());
	}

	/** @return the scrolled form holding the findings */
	ScrolledComposite scroller() {
		return ui.onUi(() -> {
			Control c = ui.get(FORM + "F1.from", Control.class);
			while (!(c instanceof ScrolledComposite)) {
				c = c.getParent();
			}
			return (ScrolledComposite) c;
		});
	}

	/** A report of a template with one finding per region, open in the editor of a 1280×800 window. */
	Report open(TemplateProvider template, boolean filled) throws Exception {
		return open(template, filled, "", (finding, form) -> {
		});
	}

	/**
	 * @param more sets more values on each finding (with its region's form) before the report is opened
	 */
	Report open(TemplateProvider template, boolean filled, String suffix,
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
		Workbench.showReport();
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
		for (Finding finding : Reports.findings(session().report().orElseThrow())) {
			expand(ui, finding.getId());
		}
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

	/** Closes and deletes the reports opened and gives the window its size back. */
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

	/** Every visible control lies within the form's width; no label or button is cut off. */
	static void check(Composite composite, ScrolledComposite scroller, int width, List<String> problems) {
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
