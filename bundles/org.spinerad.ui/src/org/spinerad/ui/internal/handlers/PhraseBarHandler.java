package org.spinerad.ui.internal.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.spinerad.dictation.Dictation;
import org.spinerad.dictation.SpeechRecognizer;
import org.spinerad.ui.internal.editor.PhraseBar;
import org.spinerad.ui.session.ReportSession;

/** Opens the phrase bar over the open, editable report. */
public final class PhraseBarHandler {

	@CanExecute
	public boolean canExecute(ReportSession session, @Optional @Service Dictation dictation) {
		return dictation != null && session.report().isPresent() && session.isEditable();
	}

	@Execute
	public void execute(ReportSession session, @Service Dictation dictation, @Optional @Service SpeechRecognizer recognizer,
			@Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		var report = session.report().orElseThrow();
		PhraseBar bar = new PhraseBar(shell, dictation.session(report, session.domain().orElseThrow()), recognizer,
				report.getTemplateId(), dictation::autoApply);
		dictation.problem(report.getTemplateId()).ifPresent(bar::notice);
		bar.open();
	}
}
