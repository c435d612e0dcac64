a\ b
