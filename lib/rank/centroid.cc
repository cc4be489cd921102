#include "rank/centroid.h"

#include <Eigen/Core>

namespace summarize::internal {

Scores Centroid(const RankInput& input) {
  const SparseMatrix& tfidf = input.matrix.tfidf;
  Scores scores(static_cast<std::size_t>(tfidf.rows()), 0.0);
  if (tfidf.rows() == 0) return scores;

  // The centroid is the mean row; its direction is all that matters for a
  // cosine, so the column sums serve. Rows are unit length already.
  const Eigen::VectorXd centroid =
      (Eigen::RowVectorXd::Ones(tfidf.rows()) * tfidf.cast<double>())
          .transpose();
  const double norm = centroid.norm();
  if (norm == 0) return scores;
  const Eigen::VectorXd cosine = tfidf.cast<double>() * centroid / norm;
  for (std::size_t i = 0; i < scores.size(); ++i) {
    scores[i] = std::max(0.0, cosine(static_cast<Eigen::Index>(i)));
  }
  return scores;
}

}  // namespace summarize::internal
