package org.spinerad.ui.internal.dialogs;

import java.util.Date;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.spinerad.model.CommunicationMethod;
import org.spinerad.model.CriticalCommunication;
import org.spinerad.model.Finding;
import org.spinerad.model.Report;
import org.spinerad.model.ReportFactory;
import org.spinerad.model.ReportPackage;
import org.spinerad.model.ReportStatus;
import org.spinerad.model.edit.ReportLifecycle;
import org.spinerad.model.query.Reports;
import org.spinerad.model.validation.Phase;
import org.spinerad.model.validation.Problem;
import org.spinerad.model.validation.Rules;
import org.spinerad.model.validation.Validation;
import org.spinerad.store.StoreException;
import org.spinerad.ui.UserIdentity;
import org.spinerad.ui.session.ReportSession;

/**
 * The sign-off conversation: shows remaining problems (errors block), asks for
 * the communication record of critical findings, then signs preliminary or
 * final and saves.
 */
public final class SignOff {

	private final ReportSession session;
	private final Shell shell;
	private final Consumer<Report> afterSigning;
	private final java.util.function.Function<org.spinerad.templates.TemplateProvider, String> templateVersion;
	private final UserIdentity user;

	/**
	 * @param afterSigning called with a copy of the report once it is signed and
	 *                     saved (sends it to the RIS and the PACS)
	 */
	public SignOff(ReportSession session, UserIdentity user, Shell shell, Consumer<Report> afterSigning,
			java.util.function.Function<org.spinerad.templates.TemplateProvider, String> templateVersion) {
		this.session = session;
		this.user = user;
		this.shell = shell;
		this.afterSigning = afterSigning;
		this.templateVersion = templateVersion;
	}

	public void run() {
		Report report = session.report().orElseThrow();
		var domain = session.domain().orElseThrow();
		String signer = user.require(shell).orElse(null);
		if (signer == null) {
			return;
		}
		List<Problem> problems = Validation.validate(report, Phase.SIGNING);
		if (problems.stream().anyMatch(p -> p.code().equals(Rules.CRITICAL_COMMUNICATION))) {
			if (!recordCommunication(report, signer)) {
				return;
			}
			problems = Validation.validate(report, Phase.SIGNING);
		}
		String listing = problems.isEmpty() ? "No problems found."
				: problems.stream().limit(15).map(Problem::toString).collect(Collectors.joining("\n"));
		if (Validation.hasErrors(problems)) {
			MessageDialog.openError(shell, "Cannot sign yet", "Fix these errors before signing:\n\n" + listing);
			return;
		}
		int choice = new MessageDialog(shell, "Sign report", null,
				"Sign as " + signer + "?\n\n" + listing, MessageDialog.QUESTION,
				new String[] { "Sign &final", "Sign &preliminary", IDialogConstants.CANCEL_LABEL }, 0).open();
		if (choice != 0 && choice != 1) {
			return;
		}
		ReportStatus target = choice == 0 ? ReportStatus.FINAL : ReportStatus.PRELIMINARY;
		recordTemplateVersion(report);
		if (!ReportLifecycle.canSign(report, target)) {
			MessageDialog.openInformation(shell, "Sign report", "A " + report.getStatus().getLiteral()
					+ " report cannot be signed as " + target.getLiteral() + ".");
			return;
		}
		var result = ReportLifecycle.sign(domain, report, target, signer, new Date());
		if (!result.signed()) {
			MessageDialog.openError(shell, "Cannot sign yet", result.problems().stream().map(Problem::toString)
					.collect(Collectors.joining("\n")));
			return;
		}
		if (save()) {
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

	private boolean recordCommunication(Report report, String signer) {
		List<Finding> critical = Reports.findings(report).stream().filter(Finding::isCritical).toList();
		InputDialog recipient = new InputDialog(shell, "Critical result communication",
				"The report has critical findings. Who received the result (name and role)?", "",
				v -> v == null || v.isBlank() ? "Enter the recipient" : null);
		if (recipient.open() != Window.OK) {
			return false;
		}
		int method = new MessageDialog(shell, "Critical result communication", null, "How was it communicated?",
				MessageDialog.QUESTION, new String[] { "Phone", "In person", "Secure message" }, 0).open();
		if (method < 0) {
			return false;
		}
		boolean readBack = MessageDialog.openQuestion(shell, "Critical result communication",
				"Did the recipient read the result back?");
		CriticalCommunication record = ReportFactory.eINSTANCE.createCriticalCommunication();
		record.setCommunicatedBy(signer);
		record.setRecipientName(recipient.getValue().strip());
		record.setMethod(CommunicationMethod.get(method));
		record.setDateTime(new Date());
		record.setReadBackConfirmed(readBack);
		record.getFindings().addAll(critical);
		var domain = session.domain().orElseThrow();
		domain.getCommandStack().execute(
				AddCommand.create(domain, report, ReportPackage.Literals.REPORT__COMMUNICATIONS, record));
		return true;
	}

	/** Asks for an addendum text and adds it, signed, to a final report. */
	public void addendum() {
		Report report = session.report().orElseThrow();
		String signer = user.require(shell).orElse(null);
		if (signer == null) {
			return;
		}
		InputDialog text = new InputDialog(shell, "Addendum", "Text of the addendum (signed by "
				+ signer + " now):", "",
				v -> v == null || v.isBlank() ? "Enter the addendum" : null);
		if (text.open() != Window.OK) {
			return;
		}
		ReportLifecycle.addAddendum(session.domain().orElseThrow(), report, signer, text.getValue(), new Date());
		if (save()) {
			afterSigning.accept(EcoreUtil.copy(report));
		}
	}

	private boolean save() {
		try {
			session.save();
			return true;
		} catch (StoreException e) {
			MessageDialog.openError(shell, "Save failed", e.getMessage());
			return false;
		}
	}
}
