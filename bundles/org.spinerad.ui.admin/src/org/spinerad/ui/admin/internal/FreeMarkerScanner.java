package org.spinerad.ui.admin.internal;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.SingleLineRule;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Display;

/** Colours FreeMarker: comments, directives and interpolations. */
final class FreeMarkerScanner extends RuleBasedScanner {

	FreeMarkerScanner(Display display) {
		IToken comment = new Token(new TextAttribute(new Color(display, 120, 120, 120), null, SWT.ITALIC));
		IToken directive = new Token(new TextAttribute(new Color(display, 30, 80, 170), null, SWT.BOLD));
		IToken interpolation = new Token(new TextAttribute(new Color(display, 150, 60, 10)));
		setRules(new IRule[] { new MultiLineRule("<#--", "-->", comment), new SingleLineRule("<#", ">", directive, '\0', true),
				new SingleLineRule("</#", ">", directive), new SingleLineRule("<@", ">", directive, '\0', true),
				new SingleLineRule("</@", ">", directive), new SingleLineRule("${", "}", interpolation) });
	}
}
