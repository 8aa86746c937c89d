package org.spinerad.ui.internal.editor;

import org.spinerad.model.Finding;
import java.util.Locale;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.spinerad.model.Region;
import org.spinerad.model.RegionKind;
import org.spinerad.model.Report;
import org.spinerad.model.ReportFactory;
import org.spinerad.model.ReportPackage;
import org.spinerad.model.edit.Vocabulary;
import org.spinerad.model.levels.SpineLevel;
import org.spinerad.model.query.Reports;
import org.spinerad.templates.FormDefinition.RegionForm;
import org.spinerad.templates.FormDefinition;

/**
 * The structural edits the form offers (add and delete findings and impression
 * items, fill a region normal): each is one command on the editing domain's
 * stack, so it can be undone and is refused on a signed report.
 */
public final class ReportEdits {

	private static final ReportPackage P = ReportPackage.eINSTANCE;

	private final Report report;
	private final EditingDomain domain;
	private final FormDefinition form;

	public ReportEdits(Report report, EditingDomain domain, FormDefinition form) {
		this.report = report;
		this.domain = domain;
		this.form = form;
	}

	/** Adds a new finding to a region, with the next free id and an enhancement. */
	public Finding addFinding(Region region) {
		return addFinding(region, null);
	}

	/** Adds a new finding at a level (null: none yet) to a region, as one command. */
	public Finding addFinding(Region region, SpineLevel level) {
		EClass type = Reports.findingClass(region.getKind());
		Finding finding = (Finding) ReportFactory.eINSTANCE.create(type);
		finding.setId(nextId()); // not in the model yet: the add command makes it part of the report
		finding.setEnhancement(ReportFactory.eINSTANCE.createEnhancement());
		finding.setFrom(level);
		execute(AddCommand.create(domain, region, P.getRegion_Findings(), finding));
		return finding;
	}

	/** Adds an empty impression item at the end. */
	public void addImpressionItem() {
		execute(AddCommand.create(domain, report, P.getReport_Impression(),
				ReportFactory.eINSTANCE.createImpressionItem()));
	}

	/** Deletes a finding or an impression item (references to it go too). */
	public void delete(EObject object) {
		execute(DeleteCommand.create(domain, object));
	}

	/** Fills a region with the template's normal statement. */
	public void fillNormal(RegionKind kind) {
		Region region = Reports.region(report, kind).orElse(null);
		if (region == null) {
			return;
		}
		String statement = form.region(kind).map(RegionForm::normalStatement).orElse("Normal.");
		CompoundCommand command = new CompoundCommand("Normal " + Vocabulary.label(kind).toLowerCase(Locale.ROOT));
		command.append(SetCommand.create(domain, region, P.getRegion_Normal(), Boolean.TRUE));
		command.append(SetCommand.create(domain, region, P.getRegion_Statement(), statement));
		execute(command);
	}

	private String nextId() {
		int max = 0;
		for (Finding f : Reports.findings(report)) {
			String id = f.getId();
			if (id != null && id.matches("F\\d+")) {
				max = Math.max(max, Integer.parseInt(id.substring(1)));
			}
		}
		return "F" + (max + 1);
	}

	private void execute(Command command) {
		if (command.canExecute()) {
			domain.getCommandStack().execute(command);
		}
	}
}
