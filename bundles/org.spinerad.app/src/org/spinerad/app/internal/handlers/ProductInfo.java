package org.spinerad.app.internal.handlers;

import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.FrameworkUtil;

/** Name and version of the running product, for the About dialog. */
public final class ProductInfo {

	private ProductInfo() {
	}

	/** @return the version of the product (the version of this bundle) */
	public static String version() {
		return FrameworkUtil.getBundle(ProductInfo.class).getVersion().toString();
	}

	/** @return the text of the About dialog */
	public static String aboutText() {
		IProduct product = Platform.getProduct();
		String name = product != null ? product.getName() : "Spine MRI Reporting";
		String description = product != null && product.getDescription() != null ? product.getDescription() : "";
		return name + "\nVersion " + version() + "\n\n" + description
				+ "\n\nStructured reporting of contrast-enhanced spine MRI.\nJava " + Runtime.version();
	}
}
