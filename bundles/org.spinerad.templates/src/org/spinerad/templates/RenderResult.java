package org.spinerad.templates;

/**
 * A rendered report.
 *
 * @param text            the output (plain text or HTML)
 * @param templateId      template used
 * @param templateVersion version of the template used (shipped or department)
 * @param origin          where the template came from: {@code shipped} or {@code department}
 */
public record RenderResult(String text, String templateId, String templateVersion, String origin) {
}
