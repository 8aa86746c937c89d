package org.spinerad.ui.internal;

import java.util.Optional;
import java.util.function.Consumer;

import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.spinerad.model.Report;
import org.spinerad.store.StoreException;
import org.spinerad.templates.TemplateProvider;
import org.spinerad.ui.UserIdentity;
import org.spinerad.ui.internal.dialogs.NewReports;
import org.spinerad.ui.parts.ReportPart;
import org.spinerad.ui.session.ReportSession;

/**
 * The one way a report starts, whatever the study comes from (nothing, a DICOM
 * folder, the PACS): choose the template, create the draft with every region
 * normal, fill in the study, save it, open it.
 */
@Creatable
public final class ReportStarter {

	/** Title of the template question. */
	public static final String TITLE = "New report";

	private final ReportSession session;
	private final UserIdentity user;
	private final EPartService parts;

	@Inject
	public ReportStarter(ReportSession session, UserIdentity user, @org.eclipse.e4.core.di.annotations.Optional EPartService parts) {
		this.session = session;
		this.user = user;
		this.parts = parts;
	}

	/**
	 * @param shell the parent of the questions
	 * @param study fills the new draft with the study's patient, study and exam (may do nothing)
	 * @return the new report, open in the session; empty when cancelled or not saved
	 */
	public Optional<Report> start(Shell shell, Consumer<Report> study) {
		var templates = session.templates().templates();
		if (templates.isEmpty()) {
			MessageDialog.openError(shell, TITLE,
					"No report template is installed. Install a template plugin (Help > About lists the installed ones).");
			return Optional.empty();
		}
		int choice = new MessageDialog(shell, TITLE, null, "Which template?", MessageDialog.QUESTION,
				templates.stream().map(TemplateProvider::label).toArray(String[]::new), 0).open();
		if (choice < 0) {
			return Optional.empty();
		}
		Report report = NewReports.create(templates.get(choice), user.name().orElse(null));
		study.accept(report);
		try {
			session.store().save(report);
			session.open(report.getId());
			focusEditor();
			return Optional.of(report);
		} catch (StoreException e) {
			MessageDialog.openError(shell, TITLE, "The new report could not be saved in " + session.store().location()
					+ ": " + e.getMessage() + "\nCheck that the folder exists and is writable, then try again.");
			return Optional.empty();
		}
	}

	/** Puts the caret into the new report: the editor's first field. */
	private void focusEditor() {
		var part = parts == null ? null : parts.findPart(ReportPart.ID);
		if (part != null) {
			parts.activate(part, true);
			if (part.getObject() instanceof ReportPart editor) {
				editor.focusFirst();
			}
		}
	}
}
