/**
 * The published contract between the ERP host and its plugins.
 *
 * <p>Four extension points name the places in the ERP where a plugin appears:
 * {@link hu.webshopsync.api.ProductListAction} (a button on Termékkezelés › Termékek),
 * {@link hu.webshopsync.api.OrderListAction} (a button on Értékesítés › Vevői rendelések),
 * {@link hu.webshopsync.api.ProductSheetField} (a field on the product sheet) and
 * {@link hu.webshopsync.api.HostModule} (an activatable module with settings). A fifth,
 * {@link hu.webshopsync.api.ScheduledAction}, asks the host to press one of the plugin's buttons by
 * itself on an interval the module's settings give.
 *
 * <p>The host implements {@link hu.webshopsync.api.HostServices}; a plugin reaches the ERP's data only
 * through it and through the {@link hu.webshopsync.api.PluginStateStore} it is handed. Every signature
 * uses JDK types and the records of this package only, so a plugin may bundle any library it likes
 * without it leaking across the class-loader boundary.
 *
 * <p>Nulls: parameters and return values are never {@code null} unless a method says otherwise;
 * absent values are {@link java.util.Optional} or empty collections. Money is {@link java.math.BigDecimal}.
 *
 * <p><b>Extension construction.</b> The host creates extensions with a public constructor that takes
 * one parameter the plugin instance is: its own {@link org.pf4j.Plugin} subclass, or an interface that
 * class implements, when there is one (so that extensions can share plugin-scoped objects such as HTTP
 * clients and caches without depending on the plugin's wiring class), otherwise with the public
 * no-argument constructor. PF4J creates a new extension instance on every lookup, so extensions must not keep
 * expensive state in their own fields.
 */
package hu.webshopsync.api;
