/**
 * Common given names in Germany (general vocabulary, written from the frequent-name lists of
 * German registry offices; no names taken from any input page). Used only where running text names
 * a person without a role cue ("… mit Petra Schulte eine Fachkraft eingesetzt").
 */
const NAMES = `
Achim Adam Adrian Agnes Ahmet Alexander Alexandra Alfred Ali Alina Alexa Aleksandra Alicia Amelie Ana Anastasia Andrea Andreas
Angela Angelika Anja Anke Anna Annalena Anne Annette Annika Anton Antje Arne Astrid Axel Ayse Aylin Barbara Beate Benedikt
Benjamin Bernd Bernhard Bettina Birgit Björn Brigitte Britta Burak Carina Carla Carmen Carola Carolin Caroline Carsten Charlotte
Christa Christian Christiane Christina Christine Christoph Christopher Claudia Clemens Conny Cornelia Daniel Daniela Dennis Detlef
Diana Dieter Dietmar Dirk Dominik Doris Dorothea Dorothee Edith Elena Elias Elif Elisabeth Elke Ellen Emil Emily Emine Emma Emre
Erik Erika Ernst Esther Eva Fabian Fatma Felix Finn Florian Frank Franz Franziska Friedrich Gabi Gabriele Georg Gerd Gerhard Gisela
Greta Gudrun Guido Günter Günther Hakan Hanna Hannah Hannelore Hans Harald Hartmut Hasan Heidi Heike Heinz Helene Helga Helmut
Hendrik Henrik Herbert Hermann Holger Horst Hüseyin Ibrahim Ilse Imke Ina Ines Inge Ingo Ingrid Irene Iris Isabel Isabell Jakob
Jan Jana Janina Jannik Jasmin Jens Jessica Joachim Jochen Johann Johanna Johannes Jonas Jörg Josef Julia Julian Juliane Jürgen
Justus Jutta Kai Karin Karl Karla Karsten Katharina Kathrin Katja Katrin Kemal Kerstin Kevin Kim Klara Klaus Konstantin Kristina
Lara Lars Laura Lea Lena Leon Leonie Lina Linda Lisa Lothar Louisa Luca Lukas Luisa Lutz Magdalena Maik Maja Manfred Manuel Manuela
Marc Marcel Marco Marcus Maren Maria Marie Marina Mario Marion Marius Mark Markus Marlene Marta Martin Martina Mathias Matthias Max
Maximilian Mehmet Melanie Melissa Merve Meike Michael Michaela Michelle Miriam Mohamed Mohammed Moritz Murat Mustafa Nadine Nadja
Natalie Nicole Niklas Nils Nina Nico Nicolas Norbert Ole Olaf Oliver Oskar Ralf Ralph Rainer Regina Reinhard Renate Rene René
Richard Robert Roland Rolf Ronja Rosemarie Rüdiger Ruth Sabine Sabrina Sandra Sara Sarah Sascha Sebastian Selin Silke Silvia
Simon Simone Sofia Sonja Sophia Sophie Stefan Stefanie Steffen Stephan Stephanie Susanne Svenja Sven Tanja Tatjana Thomas Thorsten
Tim Timo Tobias Tom Torsten Udo Ulla Ulrich Ulrike Ursula Ute Uwe Valentina Vanessa Vera Veronika Viktor Viktoria Volker Walter
Werner Wilhelm Willi Wolfgang Yasemin Yusuf Zeynep
`;

export const FIRST_NAMES: ReadonlySet<string> = new Set(NAMES.split(/\s+/).filter(Boolean));
