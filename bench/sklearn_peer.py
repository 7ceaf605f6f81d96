"""The scikit-learn peer of bench/cli_defaults.ts.

Exports the real data sets that ship with scikit-learn to CSV, each split once
(seeded, stratified for classifiers) into train.csv and test.csv, and fits
scikit-learn's defaults on the same split: StandardScaler followed by
MLPClassifier or MLPRegressor with nothing but random_state set. Prints one
JSON document on stdout.

    /usr/bin/python3 bench/sklearn_peer.py OUT_DIR [--seeds N]

OUT_DIR/<name>/train.csv and test.csv get a header row, the features under
scikit-learn's names and the target last, in a column named "target".
Classification targets are the integer labels scikit-learn gives (0, 1, ...),
so the CLI has to recognise them as classes by itself.
"""

import csv
import json
import os
import sys
import warnings

import sklearn
from sklearn import datasets
from sklearn.compose import TransformedTargetRegressor
from sklearn.exceptions import ConvergenceWarning
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier, MLPRegressor
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.utils import Bunch

SPLIT_SEED = 0
TEST_FRACTION = 0.25

# name -> (loader, task)
SETS = {
    "breast_cancer": (datasets.load_breast_cancer, "classification"),
    "digits": (datasets.load_digits, "classification"),
    "wine": (datasets.load_wine, "classification"),
    "iris": (datasets.load_iris, "classification"),
    # The raw measurements (age in years, sex 1/2, ...), not the pre-scaled copy.
    "diabetes": (lambda: datasets.load_diabetes(scaled=False), "regression"),
    # Two regressions on real measurements: a wine's alcohol content from its
    # 12 other measurements, and an iris flower's petal width from its other 3.
    "wine_alcohol": (lambda: column_target(datasets.load_wine(), 0), "regression"),
    "iris_petal_width": (lambda: column_target(datasets.load_iris(), 3), "regression"),
}


def column_target(data, j):
    """The data set with feature j as the target, the other features as inputs."""
    names = list(data.feature_names)
    x = data.data
    keep = [k for k in range(x.shape[1]) if k != j]
    return Bunch(data=x[:, keep], target=x[:, j], feature_names=[names[k] for k in keep])


def number(value):
    """A cell: integers without a decimal point, floats as Python's shortest repr."""
    value = float(value)
    return str(int(value)) if value.is_integer() else repr(value)


def write_csv(path, names, x, y):
    with open(path, "w", newline="") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow([*names, "target"])
        for row, target in zip(x, y):
            out.writerow([*(number(v) for v in row), number(target)])


def fit_score(model, x_train, y_train, x_test, y_test):
    model.fit(x_train, y_train)
    return float(model.score(x_test, y_test))


def main():
    args = sys.argv[1:]
    seeds = 5
    if "--seeds" in args:
        at = args.index("--seeds")
        seeds = int(args[at + 1])
        del args[at : at + 2]
    if len(args) != 1:
        sys.exit("usage: sklearn_peer.py OUT_DIR [--seeds N]")
    root = args[0]
    warnings.simplefilter("ignore", ConvergenceWarning)
    report = []
    for name, (load, task) in SETS.items():
        data = load()
        x, y = data.data, data.target
        names = [str(n) for n in getattr(data, "feature_names", [])] or [
            f"x{j}" for j in range(x.shape[1])
        ]
        classifier = task == "classification"
        x_train, x_test, y_train, y_test = train_test_split(
            x,
            y,
            test_size=TEST_FRACTION,
            random_state=SPLIT_SEED,
            stratify=y if classifier else None,
        )
        folder = os.path.join(root, name)
        os.makedirs(folder, exist_ok=True)
        write_csv(os.path.join(folder, "train.csv"), names, x_train, y_train)
        write_csv(os.path.join(folder, "test.csv"), names, x_test, y_test)
        scores, scaled_target = [], []
        for seed in range(seeds):
            estimator = MLPClassifier if classifier else MLPRegressor
            model = make_pipeline(StandardScaler(), estimator(random_state=seed))
            # score(): accuracy for a classifier, R² for a regressor.
            scores.append(fit_score(model, x_train, y_train, x_test, y_test))
            if not classifier:
                # What nn does for regression: the target standardized too.
                model = TransformedTargetRegressor(
                    make_pipeline(StandardScaler(), MLPRegressor(random_state=seed)),
                    transformer=StandardScaler(),
                )
                scaled_target.append(fit_score(model, x_train, y_train, x_test, y_test))
        report.append(
            {
                "name": name,
                "task": task,
                "metric": "accuracy" if classifier else "r2",
                "features": int(x.shape[1]),
                "classes": int(len(set(y))) if classifier else None,
                "train": int(len(y_train)),
                "test": int(len(y_test)),
                "folder": folder,
                "sklearn": scores,
                "sklearn_scaled_target": scaled_target or None,
            }
        )
    print(json.dumps({"sklearn": sklearn.__version__, "sets": report}))


if __name__ == "__main__":
    main()
