package org.spinerad.templates;

/**
 * A template could not be rendered: a syntax error, an evaluation error, a
 * refused operation (sandbox), or a time or size limit. Says which template,
 * where (line and column) and which expression. The report is never changed.
 */
public class TemplateError extends Exception {

	private static final long serialVersionUID = 1L;

	private final String templateName;
	private final int line;
	private final int column;
	private final String expression;

	public TemplateError(String templateName, int line, int column, String expression, String message,
			Throwable cause) {
		super(message, cause);
		this.templateName = templateName;
		this.line = line;
		this.column = column;
		this.expression = expression;
	}

	/** @return the template file, e.g. {@code org.spinerad.templates.tumor/report.txt.ftl} */
	public String templateName() {
		return templateName;
	}

	/** @return 1-based line, or 0 when unknown */
	public int line() {
		return line;
	}

	/** @return 1-based column, or 0 when unknown */
	public int column() {
		return column;
	}

	/** @return the failing expression, or null */
	public String expression() {
		return expression;
	}

	/** @return one line: where, what, which expression */
	public String describe() {
		StringBuilder text = new StringBuilder(templateName == null ? "template" : templateName);
		if (line > 0) {
			text.append(", line ").append(line).append(", column ").append(column);
		}
		text.append(": ").append(getMessage());
		if (expression != null && !expression.isBlank()) {
			text.append(" (expression: ").append(expression).append(')');
		}
		return text.toString();
	}
}
