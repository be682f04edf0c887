package hu.webshopsync.webshop.shoprenter;

import java.util.Map;

/**
 * Reads one page of a Shoprenter collection with {@code full=1}: {@code ShoprenterClient::page}, or a
 * canned answer in a test.
 */
@FunctionalInterface
interface SrOrderPager {

    /**
     * @param resource the collection, e.g. {@code orderExtend}
     * @param filters  its filters
     * @param page     the page, from 0
     * @return the page
     */
    SrPage page(String resource, Map<String, String> filters, int page);
}
