package hu.webshopsync.api;

import org.pf4j.ExtensionPoint;

/**
 * A command on the Products list (Termékkezelés › Termékek), for example <b>Termék szinkron</b>.
 *
 * <p>The context's selection holds product SKUs; an empty selection means every product the action
 * applies to.
 */
public interface ProductListAction extends ListAction, ExtensionPoint {
}
