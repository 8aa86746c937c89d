package org.spinerad.model.edit;

import java.util.Date;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.spinerad.model.Addendum;
import org.spinerad.model.Report;
import org.spinerad.model.ReportFactory;
import org.spinerad.model.ReportPackage;
import org.spinerad.model.ReportStatus;
import org.spinerad.model.validation.Phase;
import org.spinerad.model.validation.Problem;
import org.spinerad.model.validation.Validation;

/**
 * Sign-off: Draft to Preliminary to Final, and Amended by addenda. Each step is
 * one command on the domain's command stack. Signing final clears the undo
 * history: nothing may take a signed report back.
 */
public final class ReportLifecycle {

	private static final ReportPackage P = ReportPackage.eINSTANCE;

	/**
	 * The outcome of a sign-off.
	 *
	 * @param signed   whether the report was signed
	 * @param problems the validation problems found (errors prevented signing)
	 */
	public record SignOff(boolean signed, List<Problem> problems) {
	}

	private ReportLifecycle() {
	}

	/** @return whether the report may go from its status to the target status */
	public static boolean canSign(Report report, ReportStatus target) {
		ReportStatus from = report.getStatus();
		return switch (target) {
		case PRELIMINARY -> from == ReportStatus.DRAFT;
		case FINAL -> from == ReportStatus.DRAFT || from == ReportStatus.PRELIMINARY;
		default -> false;
		};
	}

	/**
	 * Signs a report as preliminary or final after validating it with the
	 * sign-off rules. Errors leave the report unchanged.
	 *
	 * @throws IllegalStateException for a transition the lifecycle does not allow
	 */
	public static SignOff sign(EditingDomain domain, Report report, ReportStatus target, String signer, Date time) {
		if (!canSign(report, target)) {
			throw new IllegalStateException("A " + report.getStatus().getLiteral() + " report cannot be signed as "
					+ target.getLiteral() + "; allowed: draft to preliminary or final, preliminary to final");
		}
		if (signer == null || signer.isBlank()) {
			throw new IllegalArgumentException("Signing needs the name of the signing radiologist");
		}
		List<Problem> problems = Validation.validate(report, Phase.SIGNING);
		if (Validation.hasErrors(problems)) {
			return new SignOff(false, problems);
		}
		CompoundCommand command = new CompoundCommand("Sign as " + target.getLiteral());
		command.append(SetCommand.create(domain, report, P.getReport_Signer(), signer));
		command.append(SetCommand.create(domain, report,
				target == ReportStatus.FINAL ? P.getReport_SignedAt() : P.getReport_PreliminaryAt(), time));
		command.append(SetCommand.create(domain, report, P.getReport_ModifiedAt(), time));
		command.append(SetCommand.create(domain, report, P.getReport_Status(), target));
		execute(domain, command);
		if (target == ReportStatus.FINAL) {
			domain.getCommandStack().flush();
		}
		return new SignOff(true, problems);
	}

	/**
	 * Adds a signed addendum to a final (or already amended) report and marks it amended.
	 *
	 * @throws IllegalStateException when the report is not signed final
	 */
	public static Addendum addAddendum(EditingDomain domain, Report report, String author, String text, Date time) {
		if (report.getStatus() != ReportStatus.FINAL && report.getStatus() != ReportStatus.AMENDED) {
			throw new IllegalStateException("Only a final report takes addenda; a " + report.getStatus().getLiteral()
					+ " report can still be edited directly");
		}
		if (text == null || text.isBlank() || author == null || author.isBlank()) {
			throw new IllegalArgumentException("An addendum needs a text and an author");
		}
		Addendum addendum = ReportFactory.eINSTANCE.createAddendum();
		addendum.setAuthor(author);
		addendum.setText(text);
		addendum.setCreatedAt(time);
		CompoundCommand command = new CompoundCommand("Add addendum");
		command.append(AddCommand.create(domain, report, P.getReport_Addenda(), addendum));
		command.append(SetCommand.create(domain, report, P.getReport_ModifiedAt(), time));
		command.append(SetCommand.create(domain, report, P.getReport_Status(), ReportStatus.AMENDED));
		execute(domain, command);
		domain.getCommandStack().flush();
		return addendum;
	}

	private static void execute(EditingDomain domain, Command command) {
		if (!command.canExecute()) {
			throw new IllegalStateException("The report cannot be changed: " + command.getLabel());
		}
		domain.getCommandStack().execute(command);
	}
}
