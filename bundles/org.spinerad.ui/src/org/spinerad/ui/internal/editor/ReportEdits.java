package org.spinerad.ui.internal.editor;

import java.util.ArrayList;
import java.util.Locale;
import java.util.function.Predicate;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.spinerad.model.EpiduralFinding;
import org.spinerad.model.Finding;
import org.spinerad.model.ImpressionItem;
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
 * stack, so it can be undone and is refused on a signed report. A region is
 * either normal or described by findings, never both: adding a finding takes
 * the normal statement away, and stating a region normal removes its findings
 * once the user has agreed.
 */
public final class ReportEdits {

	private static final ReportPackage P = ReportPackage.eINSTANCE;

	private final Report report;
	private final EditingDomain domain;
	private final FormDefinition form;
	private final Predicate<Region> removeFindings;

	/**
	 * @param removeFindings asked before a region with findings is stated normal:
	 *                       whether its findings may be removed
	 */
	public ReportEdits(Report report, EditingDomain domain, FormDefinition form, Predicate<Region> removeFindings) {
		this.report = report;
		this.domain = domain;
		this.form = form;
		this.removeFindings = removeFindings;
	}

	/** Adds a new finding to a region, with the next free id and an enhancement. */
	public Finding addFinding(Region region) {
		return addFinding(region, null);
	}

	/**
	 * Adds a new finding at a level (null: none yet) to a region; the region's
	 * normal statement goes and Normal is unset in the same command.
	 */
	public Finding addFinding(Region region, SpineLevel level) {
		EClass type = Reports.findingClass(region.getKind());
		Finding finding = (Finding) ReportFactory.eINSTANCE.create(type);
		finding.setId(nextId()); // not in the model yet: the add command makes it part of the report
		finding.setEnhancement(ReportFactory.eINSTANCE.createEnhancement());
		finding.setFrom(level);
		CompoundCommand command = new CompoundCommand("Add finding");
		command.append(AddCommand.create(domain, region, P.getRegion_Findings(), finding));
		if (region.isNormal()) {
			command.append(SetCommand.create(domain, region, P.getRegion_Normal(), Boolean.FALSE));
		}
		if (region.getStatement() != null) {
			command.append(SetCommand.create(domain, region, P.getRegion_Statement(), null));
		}
		execute(command);
		return finding;
	}

	/** Adds an empty impression item at the end; returns it. */
	public ImpressionItem addImpressionItem() {
		ImpressionItem item = ReportFactory.eINSTANCE.createImpressionItem();
		execute(AddCommand.create(domain, report, P.getReport_Impression(), item));
		return item;
	}

	/**
	 * Copies a finding to another level of its region, as one command: the copy
	 * gets the next free id and covers that level (its worst level too, if the
	 * original has one); everything else is kept.
	 *
	 * @return the copy
	 */
	public Finding copyFinding(Finding finding, SpineLevel level) {
		Finding copy = EcoreUtil.copy(finding);
		copy.setId(nextId());
		copy.setFrom(level);
		copy.setTo(null);
		if (copy instanceof EpiduralFinding epidural && epidural.getWorstLevel() != null) {
			epidural.setWorstLevel(level);
		}
		Region region = (Region) finding.eContainer();
		execute(AddCommand.create(domain, region, P.getRegion_Findings(), copy,
				region.getFindings().indexOf(finding) + 1));
		return copy;
	}

	/** Adds an empty component (type, T2, DWI to fill in) to an epidural lesion; returns it. */
	public org.spinerad.model.Component addComponent(EpiduralFinding finding) {
		org.spinerad.model.Component component = ReportFactory.eINSTANCE.createComponent();
		execute(AddCommand.create(domain, finding, P.getEpiduralFinding_Components(), component));
		return component;
	}

	/** Adds a normal range without levels yet to a region; returns it. */
	public org.spinerad.model.NormalRange addNormalRange(Region region) {
		org.spinerad.model.NormalRange range = ReportFactory.eINSTANCE.createNormalRange();
		execute(AddCommand.create(domain, region, P.getRegion_NormalRanges(), range));
		return range;
	}

	/** Deletes a finding, an impression item, a component or a normal range (references to it go too). */
	public void delete(EObject object) {
		execute(DeleteCommand.create(domain, object));
	}

	/** Fills a region with the template's normal statement (asks first when it has findings). */
	public void fillNormal(RegionKind kind) {
		Reports.region(report, kind).ifPresent(region -> stateNormal(region, true));
	}

	/**
	 * Ticks or unticks Normal. Ticking states the region normal: its findings go
	 * (asks first) and an empty statement becomes the template's normal statement.
	 *
	 * @return whether the report changed
	 */
	public boolean setNormal(Region region, boolean normal) {
		if (normal) {
			return stateNormal(region, false);
		}
		return execute(SetCommand.create(domain, region, P.getRegion_Normal(), Boolean.FALSE));
	}

	/** @param replaceStatement whether a statement already written gives way to the template's */
	private boolean stateNormal(Region region, boolean replaceStatement) {
		if (!region.getFindings().isEmpty() && !removeFindings.test(region)) {
			return false;
		}
		String statement = region.getStatement();
		if (replaceStatement || statement == null || statement.isBlank()) {
			statement = form.region(region.getKind()).map(RegionForm::normalStatement).orElse("Normal.");
		}
		CompoundCommand command = new CompoundCommand(
				"Normal " + Vocabulary.label(region.getKind()).toLowerCase(Locale.ROOT));
		if (!region.getFindings().isEmpty()) {
			command.append(DeleteCommand.create(domain, new ArrayList<>(region.getFindings())));
		}
		command.append(SetCommand.create(domain, region, P.getRegion_Normal(), Boolean.TRUE));
		command.append(SetCommand.create(domain, region, P.getRegion_Statement(), statement));
		return execute(command);
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

	private boolean execute(Command command) {
		if (command.canExecute()) {
			domain.getCommandStack().execute(command);
			return true;
		}
		return false;
	}
}
