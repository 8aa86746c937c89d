package org.spinerad.distribution;

/**
 * A signed report's text, rendered once with its template and handed to every channel.
 *
 * @param text            the plain-text report
 * @param templateId      the template used
 * @param templateVersion its version (shipped or department)
 */
public record Rendition(String text, String templateId, String templateVersion) {
}
