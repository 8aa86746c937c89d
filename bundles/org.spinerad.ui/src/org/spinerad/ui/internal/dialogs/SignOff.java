package org.spinerad.ui.internal.dialogs;

import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.spinerad.model.CriticalCommunication;
import org.spinerad.model.DecisionOverride;
import org.spinerad.model.Report;
import org.spinerad.model.ReportFactory;
import org.spinerad.model.ReportPackage;
import org.spinerad.model.ReportStatus;
import org.spinerad.model.edit.ReportLifecycle;
import org.spinerad.model.query.Reports;
import org.spinerad.model.validation.Problem;
import org.spinerad.model.validation.Rules;
import org.spinerad.model.validation.Validation;
import org.spinerad.templates.Conclusion;
import org.spinerad.templates.Reason;
import org.spinerad.templates.SigningCheck;
import org.spinerad.store.OutboxMessage;
import org.spinerad.store.StoreException;
import org.spinerad.ui.UserIdentity;
import org.spinerad.ui.session.ReportSession;

/**
 * The sign-off conversation: runs the {@link SigningCheck} (validator and the
 * critical results of decision support), shows remaining problems (errors
 * block), asks for the communication record of category 1-2 results (flagged
 * critical or from decision support) and for a notification or routine choice
 * of category 3 results, then signs preliminary or final and saves.
 */
public final class SignOff {

	/** Title of the questions about critical-result communication. */
	public static final String TITLE = "Critical result communication";
	/** Title of the question for the reason of an override. */
	public static final String OVERRIDE_TITLE = "Override critical result";

	private final ReportSession session;
	private final Shell shell;
	private final Consumer<Report> afterSigning;
	private final Function<Report, List<OutboxMessage>> queuedWithSave;
	private final Function<org.spinerad.templates.TemplateProvider, String> templateVersion;
	private final UserIdentity user;
	private final SigningCheck signing;

	/**
	 * @param queuedWithSave the messages to save with the signed report (a copy), in one transaction
	 * @param afterSigning   called with a copy of the report once it is signed and
	 *                       saved (sends it to the RIS and the PACS)
	 */
	public SignOff(ReportSession session, UserIdentity user, Shell shell,
			Function<Report, List<OutboxMessage>> queuedWithSave, Consumer<Report> afterSigning,
			Function<org.spinerad.templates.TemplateProvider, String> templateVersion, SigningCheck signing) {
		this.session = session;
		this.user = user;
		this.shell = shell;
		this.queuedWithSave = queuedWithSave;
		this.afterSigning = afterSigning;
		this.templateVersion = templateVersion;
		this.signing = signing;
	}

	public void run() {
		Report report = session.report().orElseThrow();
		var domain = session.domain().orElseThrow();
		String signer = user.require(shell).orElse(null);
		if (signer == null) {
			return;
		}
		List<Problem> problems = signing.check(report);
		if (has(problems, Rules.CRITICAL_COMMUNICATION, SigningCheck.DECISION_COMMUNICATION, Rules.COMMUNICATION_PENDING)) {
			if (!recordCommunication(report, signer)) {
				return;
			}
			problems = signing.check(report);
		}
		if (has(problems, SigningCheck.DECISION_NOTIFICATION)) {
			if (!notifyOrRoutine(report, signer)) {
				return;
			}
			problems = signing.check(report);
		}
		String listing = problems.isEmpty() ? "No problems found."
				: problems.stream().limit(15).map(Problem::toString).collect(Collectors.joining("\n"));
		if (Validation.hasErrors(problems)) {
			MessageDialog.openError(shell, "Cannot sign yet", about("Fix these errors before signing:\n\n" + listing));
			return;
		}
		int choice = new MessageDialog(shell, "Sign report", null,
				about("Sign as " + signer + "?\n\n" + listing), MessageDialog.QUESTION,
				new String[] { "Sign &final", "Sign &preliminary", IDialogConstants.CANCEL_LABEL }, 0).open();
		if (choice != 0 && choice != 1) {
			return;
		}
		ReportStatus target = choice == 0 ? ReportStatus.FINAL : ReportStatus.PRELIMINARY;
		recordTemplateVersion(report);
		if (!ReportLifecycle.canSign(report, target)) {
			MessageDialog.openInformation(shell, "Sign report", about("A " + report.getStatus().getLiteral()
					+ " report cannot be signed as " + target.getLiteral() + "."));
			return;
		}
		var result = ReportLifecycle.sign(domain, report, target, signer, new Date());
		if (!result.signed()) {
			MessageDialog.openError(shell, "Cannot sign yet", about(result.problems().stream().map(Problem::toString)
					.collect(Collectors.joining("\n"))));
			return;
		}
		if (save(queuedWithSave.apply(EcoreUtil.copy(report)))) {
			afterSigning.accept(EcoreUtil.copy(report));
		}
	}

	/** The report records the template version it is signed with (the department's, after publishing). */
	private void recordTemplateVersion(Report report) {
		session.template().ifPresent(template -> {
			String version = templateVersion.apply(template);
			if (version != null && !version.equals(report.getTemplateVersion())) {
				var domain = session.domain().orElseThrow();
				domain.getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(domain, report,
						ReportPackage.Literals.REPORT__TEMPLATE_VERSION, version));
			}
		});
	}

	private static boolean has(List<Problem> problems, String... codes) {
		List<String> wanted = List.of(codes);
		return problems.stream().anyMatch(p -> wanted.contains(p.code()));
	}

	/** Category 1-2: flagged critical findings, or conclusions of decision support (guide 7.2, 7.3). */
	private boolean recordCommunication(Report report, String signer) {
		List<Conclusion> needed = signing.communicationNeeded(report).stream()
				.filter(c -> c.acrCategory().needsRecord()).toList();
		int leastUrgent = needed.stream().mapToInt(c -> c.acrCategory().leastUrgent()).min().orElse(2);
		CriticalCommunication pending = report.getCommunications().stream().filter(CriticalCommunication::isPending)
				.findFirst().orElse(null);
		boolean flagged = Reports.findings(report).stream().anyMatch(f -> f.isCritical());
		String what = !needed.isEmpty() ? "Decision support reports:\n" + needed.stream().map(SignOff::describe)
				.collect(Collectors.joining("\n"))
				: flagged ? "The report has findings flagged critical." : "Communication was noted as required.";
		List<Integer> categories = leastUrgent >= 2 ? List.of(1, 2) : List.of(1);
		if (needed.isEmpty() && !flagged && pending != null) {
			categories = List.of(1, 2, 3); // only the note asks: its category stands
		}
		CommunicationDialog dialog = new CommunicationDialog(shell, report, what, categories, !needed.isEmpty(),
				pending);
		int answer = dialog.open();
		if (answer == CommunicationDialog.OVERRIDE) {
			return override(report, signer, needed, pending);
		}
		if (answer == CommunicationDialog.PENDING) {
			return notePending(report, dialog, signer, needed);
		}
		if (answer != Window.OK) {
			return false;
		}
		CriticalCommunication record = dialog.record();
		record.setCommunicatedBy(signer);
		add(report, record, needed, pending);
		return true;
	}

	/**
	 * The radiologist decides the conclusions are not critical: one reason, required, recorded with each
	 * override (and printed in the report).
	 */
	private boolean override(Report report, String signer, List<Conclusion> conclusions,
			CriticalCommunication pending) {
		String reason = Reasons.ask(shell, OVERRIDE_TITLE, CommunicationDialog.patient(report)
				+ "\n\nYou sign without communicating:\n" + conclusions.stream().map(SignOff::describe)
						.collect(Collectors.joining("\n"))
				+ "\n\nWhy is this result not critical? (recorded and printed in the report)",
				"A reason is required to override a critical result").orElse(null);
		if (reason == null) {
			return false;
		}
		var domain = session.domain().orElseThrow();
		var command = new org.eclipse.emf.common.command.CompoundCommand("Override critical result");
		Date now = new Date();
		for (Conclusion c : conclusions) {
			DecisionOverride o = ReportFactory.eINSTANCE.createDecisionOverride();
			o.setRuleId(c.ruleId());
			o.setSuggestion(c.value());
			o.setDecision("not communicated as critical");
			o.setReason(reason);
			o.setAuthor(signer);
			o.setTime(now);
			command.append(AddCommand.create(domain, report, ReportPackage.Literals.REPORT__OVERRIDES, o));
		}
		if (pending != null) { // not critical after all: the note that communication is required goes
			command.append(org.eclipse.emf.edit.command.RemoveCommand.create(domain, report,
					ReportPackage.Literals.REPORT__COMMUNICATIONS, pending));
		}
		domain.getCommandStack().execute(command);
		return true;
	}

	/** Category 3 (e.g. SINS 7-12): a documented notification, or the explicit choice of routine communication. */
	private boolean notifyOrRoutine(Report report, String signer) {
		List<Conclusion> needed = signing.communicationNeeded(report).stream()
				.filter(c -> c.acrCategory().needsNotice()).toList();
		String what = needed.stream().map(SignOff::describe).collect(Collectors.joining("\n"));
		int choice = new MessageDialog(shell, TITLE, null, CommunicationDialog.patient(report)
				+ "\n\nDecision support reports:\n" + what
				+ "\n\nDocument whom you notified, or choose routine communication (the signed report)?",
				MessageDialog.QUESTION, new String[] { "&Record notification", "R&outine", IDialogConstants.CANCEL_LABEL },
				0).open();
		CriticalCommunication record;
		if (choice == 0) {
			CommunicationDialog dialog = new CommunicationDialog(shell, report, "Decision support reports:\n" + what,
					List.of(3), false, null);
			int answer = dialog.open();
			if (answer == CommunicationDialog.PENDING) {
				return notePending(report, dialog, signer, needed);
			}
			if (answer != Window.OK) {
				return false;
			}
			record = dialog.record();
			record.setCommunicatedBy(signer);
		} else if (choice == 1) {
			record = ReportFactory.eINSTANCE.createCriticalCommunication();
			record.setCommunicatedBy(signer);
			record.setDateTime(new Date());
			record.setRoutine(true);
			record.setAcrCategory(3);
		} else {
			return false;
		}
		add(report, record, needed, null);
		return true;
	}

	/**
	 * Communication required, not yet done: the note is kept with its category
	 * and the report stays a draft until the record is completed.
	 *
	 * @return false: the report is not signed
	 */
	private boolean notePending(Report report, CommunicationDialog dialog, String signer, List<Conclusion> needed) {
		CriticalCommunication note = dialog.record();
		note.setCommunicatedBy(signer);
		add(report, note, needed, null);
		return false;
	}

	/**
	 * Adds the record with the findings it covers: those flagged critical and
	 * those behind the conclusions; it takes the place of the note of a
	 * communication required before (one command, undone together).
	 */
	private void add(Report report, CriticalCommunication record, List<Conclusion> conclusions,
			CriticalCommunication replaced) {
		Set<String> ids = conclusions.stream().flatMap(c -> c.reasons().stream()).map(Reason::findingId)
				.filter(Objects::nonNull).collect(Collectors.toSet());
		record.getFindings().addAll(Reports.findings(report).stream()
				.filter(f -> f.isCritical() || ids.contains(f.getId())).toList());
		if (replaced != null) {
			record.getFindings().addAll(replaced.getFindings().stream().filter(f -> !record.getFindings().contains(f))
					.toList());
		}
		var domain = session.domain().orElseThrow();
		var command = new org.eclipse.emf.common.command.CompoundCommand("Record critical result communication");
		if (replaced != null) {
			command.append(org.eclipse.emf.edit.command.RemoveCommand.create(domain, report,
					ReportPackage.Literals.REPORT__COMMUNICATIONS, replaced));
		}
		command.append(AddCommand.create(domain, report, ReportPackage.Literals.REPORT__COMMUNICATIONS, record));
		domain.getCommandStack().execute(command.unwrap());
	}

	private static String describe(Conclusion c) {
		return "- " + c.label() + ": " + c.value() + " (ACR category " + c.acrCategory().label() + ", "
				+ c.acrCategory().urgency() + ")";
	}

	/** Asks for an addendum text and adds it, signed, to a final report. */
	public void addendum() {
		Report report = session.report().orElseThrow();
		String signer = user.require(shell).orElse(null);
		if (signer == null) {
			return;
		}
		String text = Reasons.ask(shell, "Addendum", about("Text of the addendum (signed by " + signer + " now):"),
				"Enter the addendum").orElse(null);
		if (text == null) {
			return;
		}
		ReportLifecycle.addAddendum(session.domain().orElseThrow(), report, signer, text, new Date());
		if (save(queuedWithSave.apply(EcoreUtil.copy(report)))) {
			afterSigning.accept(EcoreUtil.copy(report));
		}
	}

	private boolean save(List<OutboxMessage> messages) {
		try {
			session.save(messages);
			return true;
		} catch (StoreException e) {
			MessageDialog.openError(shell, "Save failed", about(e.getMessage()));
			return false;
		}
	}

	/** @return the message with the patient of the open report named first */
	private String about(String message) {
		return org.spinerad.ui.internal.PatientLine.about(session.report().orElse(null), message);
	}
}
