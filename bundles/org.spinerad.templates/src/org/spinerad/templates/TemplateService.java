package org.spinerad.templates;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.spinerad.model.ImpressionItem;
import org.spinerad.model.Report;

/**
 * Renders reports with their templates, runs decision support, and lets an
 * admin customize templates safely in a department folder: check an edit
 * against every example case, publish it with a new version, compare it with
 * the shipped default, revert it.
 */
public interface TemplateService {

	/** Origin of a template shipped with its plugin. */
	String SHIPPED = "shipped";
	/** Origin of a template published in the department folder. */
	String DEPARTMENT = "department";

	/** @return the decision-support conclusions of the report's template */
	List<Conclusion> decide(Report report, TemplateProvider template);

	/**
	 * Renders a report. The report is only read, never changed.
	 *
	 * @throws TemplateError when the template fails; says where and why
	 */
	RenderResult render(Report report, TemplateProvider template, OutputFormat format) throws TemplateError;

	/**
	 * Renders a report as {@link #render} does, in the background: returns at once, so the thread that asks
	 * (the live preview's) never waits. The future completes on a render thread with the result or a
	 * {@link TemplateError}; what depends on it runs there and must be short. The report must not change until
	 * the future completes: hand over a copy.
	 */
	default CompletableFuture<RenderResult> renderLater(Report report, TemplateProvider template,
			OutputFormat format) {
		try {
			return CompletableFuture.completedFuture(render(report, template, format));
		} catch (TemplateError e) {
			return CompletableFuture.failedFuture(e);
		}
	}

	/**
	 * Renders a report with an edited, unpublished template file (the admin's
	 * live preview). Nothing is written.
	 *
	 * @param name   the file being edited
	 * @param source its edited source
	 * @throws TemplateError with the location in the edited file
	 */
	RenderResult preview(Report report, TemplateProvider template, String name, String source, OutputFormat format)
			throws TemplateError;

	/**
	 * Drafts the impression of a report from its findings and the decision support
	 * of its template, in the order of guide 7.2 (critical first). The wording comes
	 * from the template library {@code lib/impression.ftl}, which a department may
	 * override. The report is only read.
	 *
	 * @return new impression items, not part of the report: text, category, critical
	 *         flag, linked findings and {@code draftKey}; never {@code edited}
	 * @throws TemplateError when the wording template fails; says where and why
	 */
	List<ImpressionItem> draftImpression(Report report, TemplateProvider template) throws TemplateError;

	/** @return the folder of department templates */
	Path departmentFolder();

	/** @return the version in effect: the shipped one, or the department's after publishing */
	String effectiveVersion(TemplateProvider template);

	/** @return {@link #SHIPPED} or {@link #DEPARTMENT} for one template file */
	String origin(TemplateProvider template, String name);

	/** @return the source in effect of one template file */
	String source(TemplateProvider template, String name) throws TemplateError;

	/** @return the shipped source of one template file */
	String shippedSource(TemplateProvider template, String name) throws TemplateError;

	/**
	 * Checks an edited template file: syntax, then a test render of every
	 * example case. Nothing is written.
	 *
	 * @return the problems, each naming the case and the template location; empty when it passes
	 */
	List<String> check(TemplateProvider template, String name, String source);

	/**
	 * Publishes an edited template file to the department folder after a
	 * successful {@link #check}. Reports rendered afterwards record the new version.
	 *
	 * @return the new effective version, e.g. {@code 1.0.0-dept.3}
	 * @throws TemplateError when the check fails (nothing is written)
	 */
	String publish(TemplateProvider template, String name, String source, String author) throws TemplateError;

	/** @return a unified diff of the file in effect against the shipped default (empty when equal) */
	String diff(TemplateProvider template, String name) throws TemplateError;

	/** Reverts one template file to the shipped default; the published history is kept. */
	void revert(TemplateProvider template, String name) throws TemplateError;
}
