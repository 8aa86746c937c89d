package org.spinerad.dictation;

import java.util.Optional;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.spinerad.model.Report;

/**
 * The reporting phrase language of the installed templates, as an OSGi
 * service: turns typed or recognized phrases into coded findings.
 */
public interface Dictation {

	/** Preference node of dictation settings (workspace, installation, product default). */
	String PREFERENCE_NODE = "org.spinerad.dictation";
	/**
	 * Preference key: {@code true} applies what the recognizer heard at once,
	 * without Enter; {@code false} (the default) shows it for confirmation first.
	 */
	String AUTO_APPLY = "autoApply";

	/**
	 * @param report the report to dictate into; its template gives the words
	 * @param domain the editing domain whose command stack receives the edits
	 * @throws IllegalArgumentException when the report's template is not installed
	 */
	DictationSession session(Report report, EditingDomain domain);

	/**
	 * @param templateId a template id
	 * @return the JSGF grammar of the template's phrase language, for a speech recognizer
	 */
	String grammar(String templateId);

	/**
	 * @return whether what was heard applies without confirmation: the preference
	 *         {@value #AUTO_APPLY} of {@value #PREFERENCE_NODE}, read now (default off)
	 */
	boolean autoApply();

	/**
	 * @param templateId a template id
	 * @return what is wrong with the department's dictation words of the template
	 *         (file and line, and that the shipped words apply meanwhile), if anything
	 */
	Optional<String> problem(String templateId);
}
