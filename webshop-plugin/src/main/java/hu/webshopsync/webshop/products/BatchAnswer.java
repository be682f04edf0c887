package hu.webshopsync.webshop.products;

import java.util.List;

/**
 * A batch and what the shop answered: one result per write, or the error of the whole request.
 *
 * @param batch   the writes, in the order sent
 * @param results one result per write, or {@code null} when the request failed
 * @param error   why the request failed, or {@code null}
 */
record BatchAnswer(List<PendingWrite> batch, List<ProductShop.WriteResult> results, RuntimeException error) {
}
